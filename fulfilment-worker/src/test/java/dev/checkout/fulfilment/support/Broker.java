package dev.checkout.fulfilment.support;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * A plain AMQP client in the worker's test virtual host: publishes order.placed and fraud.assessed the way the
 * producers' relays do, and looks into the worker's parking lot.
 */
public final class Broker implements AutoCloseable {

    public static final String EXCHANGE = "checkout.events";
    public static final String PARKING_LOT = "checkout.fulfilment.dlq";

    private final Connection connection;
    private final Channel channel;
    private final Map<String, GetResponse> parked = new HashMap<>();

    public Broker() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setUsername("fulfilment");
        factory.setPassword("fulfilment");
        factory.setVirtualHost("test-fulfilment");
        connection = factory.newConnection("fulfilment-worker-test");
        channel = connection.createChannel();
        channel.confirmSelect();
    }

    /** Publishes an event with the relay's properties; its message id is its eventId, its routing key its type. */
    public void publish(JsonObject event) throws Exception {
        publish(event.getString("eventType"), event.encode(), event.getString("eventId"));
    }

    public void publish(String type, String body, String messageId) throws Exception {
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                .messageId(messageId)
                .type(type)
                .contentType("application/json")
                .deliveryMode(2)
                .headers(Map.of("schema-version", 1))
                .build();
        channel.basicPublish(EXCHANGE, type, properties, body.getBytes(StandardCharsets.UTF_8));
        channel.waitForConfirmsOrDie(5000);
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

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
