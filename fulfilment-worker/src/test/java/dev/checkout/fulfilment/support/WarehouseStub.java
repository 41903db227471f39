package dev.checkout.fulfilment.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * An outside warehouse the tests can take away and bring back on the same port: down, it refuses connections; up, it
 * accepts every shipment as {@link #REFERENCE}.
 */
public class WarehouseStub implements QuarkusTestResourceLifecycleManager {

    public static final String REFERENCE = "WH-STUB0001";

    private static int port;
    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        port = freeLoopbackPort();
        up();
        return Map.of("quarkus.rest-client.warehouse.url", "http://127.0.0.1:" + port);
    }

    @Override
    public void stop() {
        down();
    }

    public static void up() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").port(port));
        server.start();
        server.stubFor(post(urlEqualTo("/warehouse/v1/shipments")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"reference\": \"" + REFERENCE + "\"}")));
    }

    public static void down() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Shipment requests the stub answered for this idempotency key. */
    public static int requests(String idempotencyKey) {
        return (int) server.getAllServeEvents().stream()
                .filter(event -> idempotencyKey.equals(event.getRequest().getHeader("Idempotency-Key")))
                .count();
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
