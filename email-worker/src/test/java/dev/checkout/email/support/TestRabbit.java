package dev.checkout.email.support;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * A plain AMQP client in the tests' virtual host: publishes {@code order.placed} the way the outbox relay does, and
 * takes what was parked in the email consumer's dead-letter queue.
 */
public final class TestRabbit implements AutoCloseable {

    public static final String QUEUE = "checkout.email";
    public static final String DLQ = "checkout.email.dlq";

    private final Connection connection;
    private final Channel channel;
    private final List<GetResponse> parked = new ArrayList<>();

    public TestRabbit() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setUsername("email");
        factory.setPassword("email");
        factory.setVirtualHost("test-email");
        connection = factory.newConnection("email-worker-tests");
        channel = connection.createChannel();
        channel.confirmSelect();
        // Publishing before the consumer has declared and bound its queue would lose the event.
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> channel.consumerCount(QUEUE) > 0);
    }

    public void publish(String messageId, String body) throws Exception {
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                .messageId(messageId)
                .type("order.placed")
                .contentType("application/json")
                .deliveryMode(2)
                .headers(Map.of("schema-version", 1))
                .build();
        channel.basicPublish("checkout.events", "order.placed", properties, body.getBytes(StandardCharsets.UTF_8));
        channel.waitForConfirmsOrDie(5000);
    }

    /** As the dead-letter admin API replays: to the consumer's own queue, without the diagnostic headers. */
    public void replay(GetResponse parked) throws Exception {
        Map<String, Object> headers = new HashMap<>(parked.getProps().getHeaders());
        headers.keySet().removeIf(name -> name.startsWith("x-"));
        channel.basicPublish("", QUEUE, parked.getProps().builder().headers(headers).build(), parked.getBody());
        channel.waitForConfirmsOrDie(5000);
    }

    /** Waits until the message is in the dead-letter queue and returns it (taken out of the queue). */
    public GetResponse awaitParked(String messageId) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> {
            takeParked();
            return findParked(messageId);
        }, message -> message != null);
    }

    /** Whether the message is in the dead-letter queue now. */
    public boolean isParked(String messageId) throws Exception {
        takeParked();
        return findParked(messageId) != null;
    }

    private void takeParked() throws Exception {
        for (GetResponse message = channel.basicGet(DLQ, true); message != null; message = channel.basicGet(DLQ, true)) {
            parked.add(message);
        }
    }

    private GetResponse findParked(String messageId) {
        return parked.stream().filter(m -> messageId.equals(m.getProps().getMessageId())).findFirst().orElse(null);
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
