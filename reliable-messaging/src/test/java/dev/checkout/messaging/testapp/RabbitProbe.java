package dev.checkout.messaging.testapp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A plain AMQP client for tests: looks at queues and publishes the way another service would. */
public final class RabbitProbe implements AutoCloseable {

    private final Connection connection;
    private final Channel channel;
    private final List<String> testQueues = new ArrayList<>();

    public RabbitProbe() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setUsername("messaging");
        factory.setPassword("messaging");
        factory.setVirtualHost("test-messaging");
        connection = factory.newConnection("test-probe");
        channel = connection.createChannel();
        channel.confirmSelect();
    }

    /** A durable queue of the test's own, bound to checkout.events with one routing key; deleted on close. */
    public String bindTestQueue(String routingKey, Map<String, Object> arguments) throws Exception {
        String queue = channel.queueDeclare("test." + routingKey, true, false, false, arguments).getQueue();
        channel.queueBind(queue, "checkout.events", routingKey);
        testQueues.add(queue);
        return queue;
    }

    public void publish(String exchange, String routingKey, AMQP.BasicProperties properties, String body) throws Exception {
        channel.basicPublish(exchange, routingKey, properties, body.getBytes(StandardCharsets.UTF_8));
        channel.waitForConfirmsOrDie(5000);
    }

    /** Takes every message now in the queue (acknowledged, so removed). */
    public List<GetResponse> drain(String queue) throws Exception {
        List<GetResponse> messages = new ArrayList<>();
        for (GetResponse message = channel.basicGet(queue, true); message != null; message = channel.basicGet(queue, true)) {
            messages.add(message);
        }
        return messages;
    }

    /** Waits up to 10 s for a message in the queue, and checks it is the only one. */
    public GetResponse awaitOne(String queue) {
        List<GetResponse> received = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            received.addAll(drain(queue));
            return !received.isEmpty();
        });
        assertThat(received).hasSize(1);
        return received.get(0);
    }

    /** For a queue declared through another (since lost) connection. */
    public void deleteQueue(String queue) throws Exception {
        channel.queueDelete(queue);
    }

    public long count(String queue) throws Exception {
        return channel.messageCount(queue);
    }

    @Override
    public void close() throws Exception {
        for (String queue : testQueues) {
            channel.queueDelete(queue);
        }
        connection.close();
    }
}
