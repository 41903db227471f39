package dev.checkout.testsupport;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * A plain AMQP client in a consumer's test virtual host ({@code test-<consumer>}, as {@code ./suite infra} makes it):
 * publishes events the way the producers' outbox relays do (persistent, confirmed, with the contract's properties),
 * listens to what the consumer publishes, and takes what it parked.
 */
public final class TestBroker implements AutoCloseable {

    public static final String EXCHANGE = "checkout.events";
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final long CONFIRM_TIMEOUT_MS = 10_000;

    private final String queue;
    private final String parkingLot;
    private final Connection connection;
    private final Channel channel;
    private final Map<String, GetResponse> parked = new LinkedHashMap<>();

    private TestBroker(String consumer, String user, String virtualHost) throws Exception {
        queue = "checkout." + consumer;
        parkingLot = queue + ".dlq";
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setUsername(user);
        factory.setPassword(user);
        factory.setVirtualHost(virtualHost);
        connection = factory.newConnection(consumer + "-tests");
        channel = connection.createChannel();
        channel.confirmSelect();
    }

    /** Connected as the consumer's own user to its test virtual host. */
    public static TestBroker of(String consumer) throws Exception {
        return new TestBroker(consumer, consumer, "test-" + consumer);
    }

    /** Connected as {@code user} (password the same, as {@code ./suite infra} makes it) to a virtual host. */
    public static TestBroker of(String consumer, String user, String virtualHost) throws Exception {
        return new TestBroker(consumer, user, virtualHost);
    }

    /** The properties a producer's outbox relay gives an event. */
    public static AMQP.BasicProperties properties(String messageId, String type) {
        return new AMQP.BasicProperties.Builder()
                .messageId(messageId)
                .type(type)
                .contentType("application/json")
                .deliveryMode(2)
                .timestamp(new Date())
                .headers(Map.of("schema-version", 1))
                .build();
    }

    /** Once the consumer has declared, bound and subscribed to its queue: an event published before would be lost. */
    public TestBroker awaitConsumer() {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> channel.consumerCount(queue) > 0);
        return this;
    }

    /** Publishes an event as its producer's relay does: its message id is its eventId, its type its eventType. */
    public void publish(JsonObject event) throws Exception {
        send(event);
        awaitConfirms();
    }

    /** Publishes a body as an {@code order.placed} event, whatever it holds. */
    public void publish(String messageId, String body) throws Exception {
        publish("order.placed", messageId, body);
    }

    public void publish(String type, String messageId, String body) throws Exception {
        send(type, messageId, body);
        awaitConfirms();
    }

    /** Publishes without waiting for the broker's confirm: for many at a time, then {@link #awaitConfirms()}. */
    public void send(JsonObject event) throws Exception {
        send(event.getString("eventType"), event.getString("eventId"), event.encode());
    }

    public void send(String type, String messageId, String body) throws Exception {
        channel.basicPublish(EXCHANGE, type, properties(messageId, type), body.getBytes(StandardCharsets.UTF_8));
    }

    public void awaitConfirms() throws Exception {
        channel.waitForConfirmsOrDie(CONFIRM_TIMEOUT_MS);
    }

    /** As the dead-letter admin API replays: to the consumer's own queue, without the diagnostic headers. */
    public void replay(GetResponse message) throws Exception {
        Map<String, Object> headers = new HashMap<>(message.getProps().getHeaders());
        headers.keySet().removeIf(name -> name.startsWith("x-"));
        channel.basicPublish("", queue, message.getProps().builder().headers(headers).build(), message.getBody());
        awaitConfirms();
    }

    /** A queue of the test's own bound to checkout.events; gone when the connection closes. */
    public String listen(String routingKey) throws Exception {
        String own = channel.queueDeclare("", false, true, true, null).getQueue();
        channel.queueBind(own, EXCHANGE, routingKey);
        return own;
    }

    /** Waits for a message on the queue that matches, and returns it; takes every message it passes. */
    public JsonObject awaitMessage(String listened, Predicate<JsonObject> wanted) {
        List<JsonObject> seen = new ArrayList<>();
        await().atMost(PATIENCE).until(() -> {
            for (GetResponse message = channel.basicGet(listened, true); message != null;
                 message = channel.basicGet(listened, true)) {
                seen.add(new JsonObject(new String(message.getBody(), StandardCharsets.UTF_8)));
            }
            return seen.stream().anyMatch(wanted);
        });
        return seen.stream().filter(wanted).findFirst().orElseThrow();
    }

    /** Waits until the message is in the consumer's parking lot, and returns it (taken off the queue). */
    public GetResponse awaitParked(String messageId) {
        await().atMost(PATIENCE).until(() -> isParked(messageId));
        return parked.get(messageId);
    }

    /** Whether the message is in the parking lot now (or was taken from it by this client before). */
    public boolean isParked(String messageId) throws Exception {
        drainParkingLot();
        return parked.containsKey(messageId);
    }

    /** Takes every message now in the parking lot (acknowledged, so removed) and returns them. */
    public List<GetResponse> drainParkingLot() throws Exception {
        List<GetResponse> taken = new ArrayList<>();
        for (GetResponse message = channel.basicGet(parkingLot, true); message != null;
             message = channel.basicGet(parkingLot, true)) {
            taken.add(message);
            parked.put(message.getProps().getMessageId(), message);
        }
        return taken;
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
