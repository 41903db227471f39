package dev.checkout.messaging.consumer;

import com.rabbitmq.client.GetResponse;
import dev.checkout.messaging.testapp.LedgerHandler;
import dev.checkout.messaging.testapp.RabbitManagement;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer's connection drops while it holds unacked messages: three in the handler, one held behind an open
 * circuit, one waiting behind the paused channel. Their late settlements must not reach the new channel, whose
 * delivery tags start again at 1 and would name other messages.
 */
@QuarkusTest
class BrokerConnectionLossTest {

    private static final String CHANNEL_CONNECTION = "ledger (Incoming)";

    @Inject
    Pool pool;
    @Inject
    MeterRegistry metrics;
    @Inject
    LedgerHandler handler;

    private RabbitProbe rabbit;
    private final RabbitManagement management = new RabbitManagement();

    @BeforeEach
    void connect() throws Exception {
        rabbit = new RabbitProbe();
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> rabbit.count("checkout.ledger") >= 0);
    }

    @AfterEach
    void close() throws Exception {
        handler.openGate();
        handler.downstreamDown(false);
        rabbit.close();
    }

    @Test
    void handlesEveryMessageOnceAndAcksNoOtherWhenTheConnectionDrops() throws Exception {
        handler.closeGate();
        handler.downstreamDown(true);
        double droppedBefore = counter("consumer.settlements.dropped");
        double duplicatesBefore = counter("consumer.duplicates");

        // Two handled and acked on the first channel, so that the next ones' tags (3, 4, 5...) differ from the
        // tags the same messages get when the new channel redelivers them (1, 2, 3...).
        List<UUID> early = List.of(publish("ok"), publish("ok"));
        await().atMost(Duration.ofSeconds(10)).until(() -> early.stream().allMatch(o -> ledgerEntries(o) == 1));
        List<UUID> gated = List.of(publish("gated"), publish("gated"), publish("gated"));
        await().atMost(Duration.ofSeconds(10)).until(() -> handler.waitingAtGate() == 3);
        UUID held = publish("downstream");
        await().atMost(Duration.ofSeconds(10)).until(() -> paused() == 1);
        UUID queued = publish("ok");

        // The management API lists a connection a little after it opened.
        List<RabbitManagement.Connection> closed = await().atMost(Duration.ofSeconds(30)).until(
                () -> management.connections().stream().filter(c -> !c.clientName().equals("test-probe")).toList(),
                list -> list.stream().anyMatch(c -> c.clientName().equals(CHANNEL_CONNECTION)));
        for (RabbitManagement.Connection connection : closed) {
            management.close(connection);
        }
        Set<String> closedNames = closed.stream().map(RabbitManagement.Connection::name).collect(Collectors.toSet());
        // Reconnected: the channel has a connection again, and none of its connections is one that was closed.
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<String> channel = management.connections().stream()
                    .filter(c -> c.clientName().equals(CHANNEL_CONNECTION)).map(RabbitManagement.Connection::name)
                    .toList();
            return !channel.isEmpty() && channel.stream().noneMatch(closedNames::contains);
        });

        // The three handlers finish after the reconnect: their acks belong to the closed channel and are dropped.
        handler.openGate();
        await().atMost(Duration.ofSeconds(10)).until(() -> counter("consumer.settlements.dropped") >= droppedBefore + 3);
        gated.forEach(order -> assertThat(ledgerEntries(order)).isEqualTo(1));

        handler.downstreamDown(false);
        List<UUID> all = new ArrayList<>(early);
        all.addAll(gated);
        all.add(held);
        all.add(queued);
        await().atMost(Duration.ofSeconds(30)).until(() -> all.stream().allMatch(o -> ledgerEntries(o) == 1));
        // The broker redelivered the three handled ones; the consumer recognised them and acked them.
        await().atMost(Duration.ofSeconds(10)).until(() -> counter("consumer.duplicates") >= duplicatesBefore + 3);
        await().atMost(Duration.ofSeconds(10)).until(() -> paused() == 0);
        all.forEach(order -> assertThat(ledgerEntries(order)).as("ledger entries of %s", order).isEqualTo(1));
        assertThat(attemptOf(held)).isEqualTo(1);
        List<GetResponse> parked = rabbit.drain("checkout.ledger.dlq");
        assertThat(parked).isEmpty();
    }

    private UUID publish(String script) throws Exception {
        UUID orderId = UUID.randomUUID();
        UUID messageId = UUID.randomUUID();
        rabbit.publish("checkout.events", "order.placed", TestBroker.properties(messageId.toString(), "order.placed"),
                TestEvents.orderPlaced(messageId, orderId, script).encode());
        return orderId;
    }

    private long ledgerEntries(UUID orderId) {
        return pool.preparedQuery("select count(*) from ledger_entry where order_id = $1").execute(Tuple.of(orderId))
                .await().indefinitely().iterator().next().getLong(0);
    }

    private int attemptOf(UUID orderId) {
        return pool.preparedQuery("select attempt from ledger_entry where order_id = $1").execute(Tuple.of(orderId))
                .await().indefinitely().iterator().next().getInteger(0);
    }

    private double counter(String name) {
        return metrics.counter(name, "consumer", LedgerHandler.CONSUMER).count();
    }

    private double paused() {
        return metrics.get("consumer.paused").tag("consumer", LedgerHandler.CONSUMER).gauge().value();
    }
}
