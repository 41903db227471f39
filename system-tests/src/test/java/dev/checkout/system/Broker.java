package dev.checkout.system;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The local RabbitMQ as an operator and an outside publisher see it. */
final class Broker {

    static final String VHOST = "test-system";

    private Broker() {
    }

    static void stop() throws Exception {
        rabbitmqctl("stop_app");
    }

    static void start() throws Exception {
        rabbitmqctl("start_app");
        rabbitmqctl("await_startup");
    }

    /** Publishes like another service would, with an independent client. */
    static void publish(String routingKey, String messageId, String body) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setUsername("guest");
        factory.setPassword("guest");
        factory.setVirtualHost(VHOST);
        try (Connection connection = factory.newConnection("system-test publisher");
             Channel channel = connection.createChannel()) {
            channel.confirmSelect();
            channel.basicPublish("checkout.events", routingKey, new AMQP.BasicProperties.Builder()
                    .messageId(messageId).type(routingKey).contentType("application/json").deliveryMode(2)
                    .headers(Map.of("schema-version", 1)).build(), body.getBytes(StandardCharsets.UTF_8));
            channel.waitForConfirmsOrDie(5000);
        }
    }

    private static void rabbitmqctl(String command) throws Exception {
        Process process = new ProcessBuilder("rabbitmqctl", command).inheritIO().start();
        assertThat(process.waitFor()).as("rabbitmqctl %s", command).isZero();
    }
}
