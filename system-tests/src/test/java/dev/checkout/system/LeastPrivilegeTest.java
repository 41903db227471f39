package dev.checkout.system;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.ShutdownSignalException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What a service's own credentials can do where the services meet, as ./suite infra grants it: a worker's broker
 * user reaches neither another worker's queue nor another service's routing keys, and a service's database role
 * cannot even connect to another service's database.
 */
class LeastPrivilegeTest {

    private static final int ACCESS_REFUSED = 403;

    @Test
    void aWorkerCannotReadAnotherWorkersQueue() throws Exception {
        try (Connection email = connectAs("email")) {
            assertThat(refusal(() -> email.createChannel().basicGet("checkout.fraud", false))).isEqualTo(ACCESS_REFUSED);
            assertThat(refusal(() -> email.createChannel().basicGet("checkout.order-status.dlq", false)))
                    .isEqualTo(ACCESS_REFUSED);

            // Its own parking lot it may read (what it takes goes back when the channel closes).
            Channel own = email.createChannel();
            assertThatCode(() -> own.basicGet("checkout.email.dlq", false)).doesNotThrowAnyException();
            own.close();
        }
    }

    @Test
    void aWorkerCannotPublishAnotherServicesEvent() throws Exception {
        try (Connection email = connectAs("email")) {
            assertThat(refusal(() -> publish(email, "checkout.events", "fraud.assessed"))).isEqualTo(ACCESS_REFUSED);
            assertThat(refusal(() -> publish(email, "checkout.events", "order.placed"))).isEqualTo(ACCESS_REFUSED);
            // Nor through the default exchange, which would put it straight into order-service's queue.
            assertThat(refusal(() -> publish(email, "", "checkout.order-status"))).isEqualTo(ACCESS_REFUSED);
            // Nor into another worker's retry tier, which would bring it back to that worker.
            assertThat(refusal(() -> publish(email, "checkout.events", "delay.fraud.1s"))).isEqualTo(ACCESS_REFUSED);
        }
        try (Connection fraud = connectAs("fraud")) {
            assertThat(refusal(() -> publish(fraud, "checkout.events", "email.sent"))).isEqualTo(ACCESS_REFUSED);
        }
        // The fulfilment worker reads the fraud decisions; it may not make one.
        try (Connection fulfilment = connectAs("fulfilment")) {
            assertThat(refusal(() -> publish(fulfilment, "checkout.events", "fraud.assessed")))
                    .isEqualTo(ACCESS_REFUSED);
        }
    }

    @Test
    void aServiceRoleCannotConnectToAnotherServicesDatabase() throws Exception {
        for (String database : new String[] {"orders", "orders_system", "fraud_system"}) {
            Throwable refused = catchThrowable(() -> DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:5432/" + database, "email", "email").close());
            assertThat(refused).as("email connecting to %s", database).isInstanceOf(SQLException.class);
            assertThat(((SQLException) refused).getSQLState()).as("insufficient privilege").isEqualTo("42501");
        }
        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/email_system", "email", "email").close();
    }

    private static Connection connectAs(String user) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setUsername(user);
        factory.setPassword(user);
        factory.setVirtualHost(Broker.VHOST);
        return factory.newConnection("system-test " + user);
    }

    /** A publish that the broker would route; an access refusal closes the channel before the confirm. */
    private static void publish(Connection connection, String exchange, String routingKey) throws Exception {
        Channel channel = connection.createChannel();
        channel.confirmSelect();
        channel.basicPublish(exchange, routingKey, new AMQP.BasicProperties.Builder()
                .messageId(UUID.randomUUID().toString()).type(routingKey).contentType("application/json")
                .deliveryMode(2).headers(Map.of("schema-version", 1)).build(),
                "{\"forged\": true}".getBytes(StandardCharsets.UTF_8));
        channel.waitForConfirmsOrDie(5000);
        channel.close();
    }

    /** The reply code with which the broker closed the channel, or 0 if it did not. */
    private static int refusal(BrokerCall call) {
        Throwable failure = catchThrowable(call::run);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ShutdownSignalException signal && signal.getReason() instanceof AMQP.Channel.Close close) {
                return close.getReplyCode();
            }
        }
        return failure == null ? 0 : -1;
    }

    @FunctionalInterface
    private interface BrokerCall {
        void run() throws Exception;
    }
}
