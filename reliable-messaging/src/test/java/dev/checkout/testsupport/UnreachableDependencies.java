package dev.checkout.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Points the service at a PostgreSQL and a RabbitMQ that do not answer (a loopback port nobody listens on).
 * Migrations are off here only because a service that cannot migrate refuses to start, which is right in
 * production but would leave nothing to probe.
 */
public class UnreachableDependencies implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        String closedPort = String.valueOf(freeLoopbackPort());
        return Map.of(
                "db.port", closedPort,
                "rabbitmq-port", closedPort,
                "quarkus.flyway.migrate-at-start", "false");
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
