package dev.checkout.messaging.consumer;

import dev.checkout.messaging.testapp.JournalHandler;
import dev.checkout.messaging.testapp.RabbitProbe;
import dev.checkout.messaging.testapp.TestEvents;
import dev.checkout.testsupport.TestBroker;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A consumer whose handler works on the SQL client ({@link SqlEventHandler}), against the real RabbitMQ and
 * PostgreSQL: the handler's writes and the record that the message was processed commit together, or not at all.
 */
@QuarkusTest
class SqlClientConsumerTest {

    @Inject
    Pool pool;
    @Inject
    MeterRegistry metrics;

    private RabbitProbe rabbit;

    @BeforeEach
    void connect() throws Exception {
        rabbit = new RabbitProbe();
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> rabbit.count("checkout.journal.dlq") >= 0);
    }

    @AfterEach
    void close() throws Exception {
        rabbit.close();
    }

    @Test
    void handlesAMessageDeliveredTwiceOnce() throws Exception {
        UUID orderId = UUID.randomUUID();
        UUID messageId = UUID.randomUUID();
        double duplicatesBefore = duplicates();

        publish(messageId, orderId, "ok");
        publish(messageId, orderId, "ok");

        await().atMost(Duration.ofSeconds(10)).until(() -> duplicates() > duplicatesBefore);
        assertThat(attempts(orderId)).containsExactly(1);
        assertThat(processed(messageId)).isTrue();
    }

    @Test
    void rollsBackTheHandlersWritesWithTheProcessedMarkWhenItFails() throws Exception {
        UUID orderId = UUID.randomUUID();
        UUID messageId = UUID.randomUUID();

        publish(messageId, orderId, "fails-after-write-1");

        await().atMost(Duration.ofSeconds(10)).until(() -> processed(messageId));
        // The first attempt wrote its entry, then failed: the entry went with its transaction, and the retry, not
        // taken for a duplicate, wrote the only one.
        assertThat(attempts(orderId)).containsExactly(2);
    }

    private void publish(UUID messageId, UUID orderId, String script) throws Exception {
        rabbit.publish("checkout.events", "journal.test", TestBroker.properties(messageId.toString(), "order.placed"),
                TestEvents.orderPlaced(messageId, orderId, script).encode());
    }

    private List<Integer> attempts(UUID orderId) {
        return pool.preparedQuery("select attempt from journal_entry where order_id = $1 order by attempt")
                .execute(Tuple.of(orderId)).await().indefinitely().stream().map(row -> row.getInteger(0)).toList();
    }

    private boolean processed(UUID messageId) {
        return pool.preparedQuery("select 1 from processed_message where consumer = $1 and message_id = $2")
                .execute(Tuple.of(JournalHandler.CONSUMER, messageId.toString())).await().indefinitely().size() == 1;
    }

    private double duplicates() {
        return metrics.counter("consumer.duplicates", "consumer", JournalHandler.CONSUMER).count();
    }
}
