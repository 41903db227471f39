package dev.checkout.fraud.support;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** A plain AMQP client in the worker's test virtual host: publishes the way order-service's relay does, and looks. */
public final class Broker implements AutoCloseable {

    public static final String EXCHANGE = "checkout.events";
    public static final String PARKING_LOT = "checkout.fraud.dlq";

    private final Connection connection;
    private final Channel channel;
    private final Map<String, GetResponse> parked = new HashMap<>();

    public Broker() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setUsername("fraud");
        factory.setPassword("fraud");
        factory.setVirtualHost("test-fraud");
        connection = factory.newConnection("fraud-worker-test");
        channel = connection.createChannel();
        channel.confirmSelect();
    }

    /** Publishes an order.placed event with the relay's properties; its message id is its eventId. */
    public void publish(JsonObject event) throws Exception {
        publish(event.encode(), event.getString("eventId"));
    }

    public void publish(String body, String messageId) throws Exception {
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                .messageId(messageId)
                .type("order.placed")
                .contentType("application/json")
                .deliveryMode(2)
                .headers(Map.of("schema-version", 1))
                .build();
        channel.basicPublish(EXCHANGE, "order.placed", properties, body.getBytes(StandardCharsets.UTF_8));
        channel.waitForConfirmsOrDie(5000);
    }

    /** A queue of the test's own bound to checkout.events; gone when the connection closes. */
    public String listen(String routingKey) throws Exception {
        String queue = channel.queueDeclare("", false, true, true, null).getQueue();
        channel.queueBind(queue, EXCHANGE, routingKey);
        return queue;
    }

    /** Waits for a message on the queue that matches, and returns it; takes every message it passes. */
    public JsonObject awaitMessage(String queue, Predicate<JsonObject> wanted) {
        List<JsonObject> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (GetResponse message = channel.basicGet(queue, true); message != null;
                 message = channel.basicGet(queue, true)) {
                seen.add(new JsonObject(new String(message.getBody(), StandardCharsets.UTF_8)));
            }
            return seen.stream().anyMatch(wanted);
        });
        return seen.stream().filter(wanted).findFirst().orElseThrow();
    }

    /** Waits until the message is in the worker's parking lot, and returns it (taken off the queue). */
    public GetResponse awaitParked(String messageId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (GetResponse message = channel.basicGet(PARKING_LOT, true); message != null;
                 message = channel.basicGet(PARKING_LOT, true)) {
                parked.put(message.getProps().getMessageId(), message);
            }
            return parked.containsKey(messageId);
        });
        return parked.get(messageId);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
