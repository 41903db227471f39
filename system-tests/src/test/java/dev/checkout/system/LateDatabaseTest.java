package dev.checkout.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service started before its database exists (a fresh cluster whose databases are still being made) waits for it
 * and becomes ready once it is there, instead of exiting and crash-looping.
 */
class LateDatabaseTest {

    private static final String DATABASE = "analytics_late";

    private ServiceProcess analytics;

    @Test
    void aServiceStartedBeforeItsDatabaseExistsWaitsForIt() throws Exception {
        psql("drop database if exists " + DATABASE + " with (force)");
        Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        analytics = new ServiceProcess(root, "analytics-worker", RunningSuite.freePort(),
                RunningSuite.environment("analytics", Map.of("DB_NAME", DATABASE)));
        CompletableFuture<Void> created = CompletableFuture.runAsync(() -> {
            try {
                TimeUnit.SECONDS.sleep(6);
                psql("create database " + DATABASE + " owner analytics");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        analytics.start();

        created.get();
        assertThat(analytics.isReady()).isTrue();
        assertThat(analytics.logLines("Successfully applied")).isNotEmpty();
    }

    @AfterEach
    void stop() throws Exception {
        if (analytics != null) {
            analytics.stop();
        }
        psql("drop database if exists " + DATABASE + " with (force)");
    }

    private static void psql(String statement) throws Exception {
        Process process = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-qXc", statement)
                .inheritIO().start();
        assertThat(process.waitFor()).as(statement).isZero();
    }
}
