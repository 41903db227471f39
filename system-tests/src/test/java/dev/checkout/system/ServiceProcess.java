package dev.checkout.system;

import io.restassured.RestAssured;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/** One packaged service run as its own process, the way ./suite up runs it, with a log under target/. */
final class ServiceProcess {

    private final String module;
    private final int port;
    private final int managementPort;
    private final Map<String, String> environment;
    private final Path jar;
    private final Path log;
    private Process process;

    ServiceProcess(Path root, String module, int port, Map<String, String> environment) {
        this.module = module;
        this.port = port;
        this.managementPort = RunningSuite.freePort();
        this.environment = new HashMap<>(environment);
        this.environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        this.environment.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        this.jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        this.log = root.resolve("system-tests/target/logs").resolve(module + "-" + port + ".log");
    }

    String module() {
        return module;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Its management interface: health, metrics, OpenAPI. */
    String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    void start() {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw package -DskipTests)");
        }
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A service starts in 20-30 s; on a test machine busy with other builds it has taken over 90 s.
        await(module + " ready").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(module + " exited; see " + log);
                    }
                    return isReady();
                });
    }

    boolean isReady() {
        return RestAssured.get(managementUrl() + "/q/health/ready").statusCode() == 200;
    }

    /** The lines of this service's log that mention {@code text}. */
    List<String> logLines(String text) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(text)).toList();
        }
    }

    /** A graceful stop, as Kubernetes or ./suite down does it. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    /** kill -9: no shutdown hook, no chance to finish anything. */
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitForExit();
        }
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String javaExecutable() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
