package dev.checkout.messaging.outbox;

import dev.checkout.messaging.database.AfterCommit;
import dev.checkout.messaging.testapp.RabbitProbe;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The relay is woken by the commit that recorded an event, not by a timer nor by NOTIFY: with its safety-net timer
 * an hour apart, events still go out at once, from the SQL client's transactions and from the Hibernate transactions
 * opened with {@link AfterCommit#withTransaction} (the library's consumers'). Work registered for after the commit
 * never runs when the transaction rolls back.
 */
@QuarkusTest
@TestProfile(OutboxWakeUpTest.TimerAnHourApart.class)
class OutboxWakeUpTest {

    public static class TimerAnHourApart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("messaging.outbox.poll-interval", "1h");
        }
    }

    @Inject
    Outbox outbox;
    @Inject
    Pool pool;

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
    void aSqlClientTransactionWakesTheRelayWhenItCommits() throws Exception {
        String queue = rabbit.bindTestQueue(type, Map.of());
        OutgoingEvent event = OutgoingEvent.of(type, 1, "order-50", new JsonObject());

        pool.withTransaction(connection -> outbox.record(connection, event)).await().atMost(Duration.ofSeconds(10));

        assertThat(rabbit.awaitOne(queue).getProps().getMessageId()).isEqualTo(event.eventId().toString());
    }

    @Test
    void aHibernateTransactionOfOursWakesTheRelayWhenItCommits() throws Throwable {
        String queue = rabbit.bindTestQueue(type, Map.of());
        OutgoingEvent event = OutgoingEvent.of(type, 1, "order-51", new JsonObject());

        VertxContextSupport.subscribeAndAwait(() -> AfterCommit.withTransaction(() -> outbox.record(event)));

        assertThat(rabbit.awaitOne(queue).getProps().getMessageId()).isEqualTo(event.eventId().toString());
    }

    @Test
    void whatWaitsForTheCommitNeverRunsAfterARollback() {
        AtomicBoolean ran = new AtomicBoolean();

        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> AfterCommit.withTransaction(() -> {
            AfterCommit.run(() -> ran.set(true));
            return Uni.createFrom().failure(new IllegalStateException("business change failed"));
        }))).hasMessageContaining("business change failed");
        pool.withTransaction(connection -> {
            AfterCommit.run(connection, () -> ran.set(true));
            return Uni.createFrom().failure(new IllegalStateException("business change failed"));
        }).onFailure().recoverWithNull().await().atMost(Duration.ofSeconds(10));

        assertThat(ran).isFalse();
    }

    @Test
    void whatWaitsForTheCommitRunsOnceItHasCommitted() throws Throwable {
        AtomicBoolean ran = new AtomicBoolean();

        VertxContextSupport.subscribeAndAwait(() -> AfterCommit.withTransaction(() -> {
            AfterCommit.run(() -> ran.set(true));
            assertThat(ran).as("before the commit").isFalse();
            return Panache.getSession().replaceWithVoid();
        }));

        assertThat(ran).isTrue();
    }

}
