package dev.checkout.messaging.outbox;

import com.rabbitmq.client.GetResponse;
import dev.checkout.messaging.broker.AdminConnection;
import dev.checkout.messaging.testapp.RabbitProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The outbox and its relay against the real PostgreSQL and RabbitMQ. Each test uses an event type of its own. */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    Pool pool;
    @Inject
    Vertx vertx;
    @Inject
    AdminConnection broker;
    @Inject
    @Channel(OutboxRelay.OUTGOING)
    MutinyEmitter<byte[]> events;
    @Inject
    OutboxConfig config;
    @Inject
    MeterRegistry registry;

    private RabbitProbe rabbit;
    private final String type = "outbox.test." + UUID.randomUUID();

    @BeforeEach
    void connect() throws Exception {
        rabbit = new RabbitProbe();
    }

    @AfterEach
    void close() throws Exception {
        rabbit.close();
    }

    @Test
    void publishesACommittedEventOnceWithTheDocumentedProperties() throws Throwable {
        String queue = rabbit.bindTestQueue(type, Map.of());
        OutgoingEvent event = OutgoingEvent.of(type, 1, "order-42", new JsonObject().put("answer", 42));

        inTransaction(() -> outbox.record(event));

        GetResponse message = rabbit.awaitOne(queue);
        assertThat(message.getProps().getMessageId()).isEqualTo(event.eventId().toString());
        assertThat(message.getProps().getCorrelationId()).isEqualTo("order-42");
        assertThat(message.getProps().getType()).isEqualTo(type);
        assertThat(message.getProps().getContentType()).isEqualTo("application/json");
        assertThat(message.getProps().getDeliveryMode()).isEqualTo(2);
        assertThat(message.getProps().getTimestamp()).isNotNull();
        assertThat(message.getProps().getHeaders().get("schema-version")).isEqualTo(1);
        assertThat(new JsonObject(new String(message.getBody()))).isEqualTo(event.document());
        await().atMost(Duration.ofSeconds(5)).until(() -> publishedAt(event.eventId()) != null);
        Thread.sleep(config.pollInterval().multipliedBy(3).toMillis());
        assertThat(rabbit.drain(queue)).isEmpty();
    }

    @Test
    void neverPublishesAnEventWhoseTransactionRolledBack() throws Throwable {
        String queue = rabbit.bindTestQueue(type, Map.of());
        OutgoingEvent event = OutgoingEvent.of(type, 1, "order-43", new JsonObject());

        assertThatThrownBy(() -> inTransaction(() -> outbox.record(event)
                .chain(() -> Uni.createFrom().failure(new IllegalStateException("business change failed")))))
                .hasMessageContaining("business change failed");

        Thread.sleep(config.pollInterval().multipliedBy(3).toMillis());
        assertThat(rowCount(event.eventId())).isZero();
        assertThat(rabbit.drain(queue)).isEmpty();
    }

    @Test
    void refusesToRecordOutsideATransaction() {
        OutgoingEvent event = OutgoingEvent.of(type, 1, "order-44", new JsonObject());
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> outbox.record(event))))
                .hasMessageContaining("inside a transaction");
    }

    @Test
    void publishesEventsCommittedWhileTheBrokerWasDownOnceItIsBack() throws Throwable {
        String queue = rabbit.bindTestQueue(type, Map.of());
        OutgoingEvent event = OutgoingEvent.of(type, 1, "order-45", new JsonObject());
        try {
            rabbitmqctl("stop_app");
            await().atMost(Duration.ofSeconds(15)).until(() -> !broker.isConnected());

            inTransaction(() -> outbox.record(event));
            Thread.sleep(config.pollInterval().multipliedBy(3).toMillis());
            assertThat(publishedAt(event.eventId())).isNull();
        } finally {
            rabbitmqctl("start_app");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> publishedAt(event.eventId()) != null);
        rabbit = new RabbitProbe();
        try {
            assertThat(rabbit.drain(queue)).extracting(m -> m.getProps().getMessageId())
                    .containsExactly(event.eventId().toString());
        } finally {
            rabbit.deleteQueue(queue);
        }
    }

    @Test
    void twoRelaysOverOneOutboxPublishEveryRowOnce() throws Throwable {
        String queue = rabbit.bindTestQueue(type, Map.of());
        OutboxRelay second = new OutboxRelay(pool, vertx, events, broker, outbox, config, registry);
        int rows = 300;
        List<OutgoingEvent> events = IntStream.range(0, rows)
                .mapToObj(i -> OutgoingEvent.of(type, 1, "order-" + i, new JsonObject().put("i", i))).toList();

        inTransaction(() -> Uni.join().all(events.stream().map(outbox::record).toList()).andFailFast().replaceWithVoid());
        for (int i = 0; i < 5; i++) {
            relay.wake();
            second.wake();
        }

        List<GetResponse> received = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            received.addAll(rabbit.drain(queue));
            return received.size() >= rows;
        });
        Thread.sleep(config.pollInterval().multipliedBy(2).toMillis());
        received.addAll(rabbit.drain(queue));
        Set<String> ids = received.stream().map(m -> m.getProps().getMessageId()).collect(Collectors.toSet());
        assertThat(received).hasSize(rows);
        assertThat(ids).containsExactlyInAnyOrderElementsOf(events.stream().map(e -> e.eventId().toString()).toList());
    }

    @Test
    void keepsARowNackedByAFullQueueAndPublishesItOnceThereIsRoom() throws Throwable {
        String queue = rabbit.bindTestQueue(type, Map.of("x-max-length", 1, "x-overflow", "reject-publish"));
        OutgoingEvent first = OutgoingEvent.of(type, 1, "order-1", new JsonObject());
        OutgoingEvent second = OutgoingEvent.of(type, 1, "order-2", new JsonObject());

        inTransaction(() -> outbox.record(first));
        await().atMost(Duration.ofSeconds(10)).until(() -> publishedAt(first.eventId()) != null);
        inTransaction(() -> outbox.record(second));
        await().atMost(Duration.ofSeconds(10)).until(() -> lastError(second.eventId()) != null);
        assertThat(publishedAt(second.eventId())).isNull();
        assertThat(rabbit.count(queue)).isEqualTo(1);

        List<GetResponse> received = new ArrayList<>(rabbit.drain(queue));
        await().atMost(Duration.ofSeconds(15)).until(() -> publishedAt(second.eventId()) != null);
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            received.addAll(rabbit.drain(queue));
            return received.size() >= 2;
        });
        assertThat(received).extracting(m -> m.getProps().getMessageId())
                .containsExactly(first.eventId().toString(), second.eventId().toString());
    }

    @Test
    void keepsAnUnroutableEventInTheUnroutableQueue() throws Throwable {
        OutgoingEvent event = OutgoingEvent.of("nobody.listens." + UUID.randomUUID(), 1, "order-46", new JsonObject());

        inTransaction(() -> outbox.record(event));

        List<GetResponse> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            seen.addAll(rabbit.drain("checkout.unroutable"));
            return seen.stream().anyMatch(m -> event.eventId().toString().equals(m.getProps().getMessageId()));
        });
    }

    @Test
    void reportsItsBacklogOfRowsNotYetPublished() throws Throwable {
        // Rows the relay may not touch yet: due in an hour, created a minute ago.
        pool.preparedQuery("""
                insert into outbox_message (event_id, event_type, schema_version, payload, occurred_at, created_at,
                                            next_attempt_at)
                select gen_random_uuid(), $1, 1, '{}', now(), now() - interval '1 minute', now() + interval '1 hour'
                  from generate_series(1, 3)""").execute(Tuple.of(type)).await().indefinitely();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> {
                OutboxBacklog backlog = outbox.backlog().await().indefinitely();
                return backlog.pending() >= 3 && backlog.oldestAge().toSeconds() >= 60;
            });
            await().atMost(Duration.ofSeconds(5)).until(() -> registry.get("outbox.pending").gauge().value() >= 3);
        } finally {
            pool.preparedQuery("delete from outbox_message where event_type = $1").execute(Tuple.of(type))
                    .await().indefinitely();
        }
    }

    private void inTransaction(java.util.function.Supplier<Uni<Void>> work) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
    }


    private Row row(UUID eventId) {
        var rows = pool.preparedQuery("select published_at, last_error from outbox_message where event_id = $1")
                .execute(Tuple.of(eventId)).await().indefinitely();
        return rows.size() == 0 ? null : rows.iterator().next();
    }

    private Object publishedAt(UUID eventId) {
        Row row = row(eventId);
        return row == null ? null : row.getValue("published_at");
    }

    private String lastError(UUID eventId) {
        Row row = row(eventId);
        return row == null ? null : row.getString("last_error");
    }

    private long rowCount(UUID eventId) {
        return pool.preparedQuery("select count(*) from outbox_message where event_id = $1").execute(Tuple.of(eventId))
                .await().indefinitely().iterator().next().getLong(0);
    }

    private static void rabbitmqctl(String command) throws Exception {
        Process process = new ProcessBuilder("rabbitmqctl", command).inheritIO().start();
        assertThat(process.waitFor()).as("rabbitmqctl %s", command).isZero();
    }
}
