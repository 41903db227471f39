package dev.checkout.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a kustomization the way an operator's {@code kubectl apply -k} does, with the real kustomize: the
 * command in {@code KUSTOMIZE} (system property {@code kustomize.command}), else {@code kustomize} on the PATH, else
 * {@code kubectl kustomize}. Kustomize 5 or newer is required (Components, {@code labels}); nothing is downloaded.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)");
    private static final Map<Path, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();
    private static volatile List<String> command;

    private Kustomize() {
    }

    /** The objects of {@code kustomize build dir}, in kustomize's order; rendered once per JVM. */
    static List<ObjectNode> build(Path dir) {
        return RENDERED.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> parse(run(buildCommand(d), 60)));
    }

    static String describeCommand() {
        return String.join(" ", command());
    }

    private static List<String> buildCommand(Path dir) {
        List<String> cmd = new ArrayList<>(command());
        cmd.add(dir.toString());
        return cmd;
    }

    private static List<String> command() {
        if (command == null) {
            synchronized (Kustomize.class) {
                if (command == null) {
                    command = findCommand();
                }
            }
        }
        return command;
    }

    private static List<String> findCommand() {
        String configured = System.getProperty("kustomize.command", "").trim();
        if (!configured.isEmpty() && !configured.startsWith("${")) {
            requireVersion5(configured, run(List.of(configured, "version"), 30));
            return List.of(configured, "build");
        }
        try {
            String version = run(List.of("kustomize", "version"), 30);
            requireVersion5("kustomize", version);
            return List.of("kustomize", "build");
        } catch (IllegalStateException noKustomize) {
            String version;
            try {
                version = run(List.of("kubectl", "version", "--client", "-o", "json"), 30);
            } catch (IllegalStateException noKubectl) {
                throw new IllegalStateException("""
                        Rendering deploy/k8s needs kustomize 5 or newer: either `kustomize` or `kubectl` (1.27+, which \
                        embeds kustomize 5) on the PATH, or KUSTOMIZE=/path/to/kustomize. Neither was found: \
                        """ + noKubectl.getMessage(), noKubectl);
            }
            String embedded = version.replaceAll("(?s).*\"kustomizeVersion\"\\s*:\\s*\"([^\"]+)\".*", "$1");
            requireVersion5("kubectl's embedded kustomize", embedded);
            return List.of("kubectl", "kustomize");
        }
    }

    private static void requireVersion5(String what, String versionOutput) {
        Matcher m = VERSION.matcher(versionOutput);
        if (!m.find() || Integer.parseInt(m.group(1)) < 5) {
            throw new IllegalStateException(what + " is not kustomize 5 or newer (it says: " + versionOutput.strip()
                    + "); deploy/k8s uses Components and `labels`, which older versions do not know.");
        }
    }

    private static String run(List<String> cmd, int timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            process.getOutputStream().close();
            var out = process.getInputStream();
            var err = process.getErrorStream();
            var stdout = new java.util.concurrent.CompletableFuture<byte[]>();
            var stderr = new java.util.concurrent.CompletableFuture<byte[]>();
            daemon(() -> readAll(out, stdout));
            daemon(() -> readAll(err, stderr));
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", cmd) + " did not finish within " + timeoutSeconds + " s");
            }
            String output = new String(stdout.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed (exit " + process.exitValue() + "): "
                        + new String(stderr.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8).strip());
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", cmd) + " could not be started: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(String.join(" ", cmd) + ": output not readable", e);
        }
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "kustomize-output");
        thread.setDaemon(true);
        thread.start();
    }

    private static void readAll(java.io.InputStream in, java.util.concurrent.CompletableFuture<byte[]> into) {
        try (in) {
            into.complete(in.readAllBytes());
        } catch (IOException e) {
            into.completeExceptionally(e);
        }
    }

    static List<ObjectNode> parse(String multiDocumentYaml) {
        List<ObjectNode> objects = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(multiDocumentYaml)) {
            var it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && doc.isObject() && !doc.isEmpty()) {
                    objects.add((ObjectNode) doc);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return objects;
    }
}
