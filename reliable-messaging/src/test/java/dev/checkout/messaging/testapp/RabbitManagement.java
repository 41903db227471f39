package dev.checkout.messaging.testapp;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** The local RabbitMQ's management API, for what AMQP cannot do: list and close the test vhost's connections. */
public final class RabbitManagement {

    private static final String API = "http://127.0.0.1:15672/api";
    private static final String VHOST = "test-messaging";
    private static final String AUTHORIZATION = "Basic "
            + Base64.getEncoder().encodeToString("guest:guest".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newHttpClient();

    /** The test vhost's connections, each with its broker-side {@code name} and the client's connection name. */
    public List<Connection> connections() throws Exception {
        JsonArray list = new JsonArray(send(HttpRequest.newBuilder(URI.create(API + "/vhosts/" + VHOST + "/connections"))
                .GET()));
        return list.stream().map(JsonObject.class::cast)
                .map(c -> new Connection(c.getString("name"),
                        c.getJsonObject("client_properties", new JsonObject()).getString("connection_name", "")))
                .toList();
    }

    /** Closes the connection as a broker-side failure would: the client did not ask for it. */
    public void close(Connection connection) throws Exception {
        send(HttpRequest.newBuilder(URI.create(API + "/connections/"
                        + URLEncoder.encode(connection.name(), StandardCharsets.UTF_8).replace("+", "%20")))
                .header("X-Reason", "test: broker connection lost")
                .DELETE());
    }

    private String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.header("Authorization", AUTHORIZATION).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    public record Connection(String name, String clientName) {
    }
}
