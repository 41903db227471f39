package dev.checkout.messaging.outbox;

import dev.checkout.messaging.broker.AdminConnection;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A publish whose confirm never comes leaves its row pending. The broker always confirms, so the relay under test
 * sends into a channel that takes messages and never acks them; the application's own relay is off.
 */
@QuarkusTest
@TestProfile(OutboxConfirmTimeoutTest.RelayOff.class)
class OutboxConfirmTimeoutTest {

    public static class RelayOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("messaging.outbox.relay-enabled", "false");
        }
    }

    @Inject
    Outbox outbox;
    @Inject
    Pool pool;
    @Inject
    Vertx vertx;
    @Inject
    AdminConnection broker;
    @Inject
    OutboxConfig config;
    @Inject
    MeterRegistry registry;

    @Test
    void keepsARowPendingWhenTheBrokerNeverConfirms() throws Throwable {
        AtomicInteger sent = new AtomicInteger();
        OutboxRelay relay = new OutboxRelay(pool, vertx, new SilentChannel(sent), broker, outbox,
                withConfirmTimeout(Duration.ofMillis(300)), registry);
        OutgoingEvent event = OutgoingEvent.of("outbox.test." + UUID.randomUUID(), 1, "order-47", new JsonObject());
        await().atMost(Duration.ofSeconds(20)).until(broker::isConnected);

        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> outbox.record(event)));
        relay.wake();

        await().atMost(Duration.ofSeconds(10)).until(() -> row(event.eventId()).getString("last_error") != null);
        Row row = row(event.eventId());
        assertThat(row.getString("last_error")).contains("no confirm");
        assertThat(row.getValue("published_at")).isNull();
        assertThat(row.getInteger("attempts")).isEqualTo(1);
        assertThat(sent.get()).isPositive();
    }

    private Row row(UUID eventId) {
        return pool.preparedQuery("select published_at, last_error, attempts from outbox_message where event_id = $1")
                .execute(Tuple.of(eventId)).await().indefinitely().iterator().next();
    }

    private OutboxConfig withConfirmTimeout(Duration timeout) {
        return (OutboxConfig) Proxy.newProxyInstance(OutboxConfig.class.getClassLoader(), new Class<?>[]{OutboxConfig.class},
                (proxy, method, args) -> method.getName().equals("confirmTimeout") ? timeout : method.invoke(config, args));
    }

    /**
     * Takes every message and never acks or nacks it, as a broker whose confirm got lost. The relay sends only with
     * {@code sendMessage} (through {@code Confirmed.send}); the other ways to send refuse, so a relay that used one
     * would fail this test instead of passing it unconfirmed.
     */
    private record SilentChannel(AtomicInteger sent) implements MutinyEmitter<byte[]> {

        @Override
        public <M extends Message<? extends byte[]>> Uni<Void> sendMessage(M msg) {
            return Uni.createFrom().emitter(never -> sent.incrementAndGet());
        }

        @Override
        public Uni<Void> send(byte[] payload) {
            throw notSendMessage();
        }

        @Override
        public void sendAndAwait(byte[] payload) {
            throw notSendMessage();
        }

        @Override
        public Cancellable sendAndForget(byte[] payload) {
            throw notSendMessage();
        }

        @Override
        public <M extends Message<? extends byte[]>> void send(M msg) {
            throw notSendMessage();
        }

        @Override
        public <M extends Message<? extends byte[]>> void sendMessageAndAwait(M msg) {
            throw notSendMessage();
        }

        @Override
        public <M extends Message<? extends byte[]>> Cancellable sendMessageAndForget(M msg) {
            throw notSendMessage();
        }

        private static AssertionError notSendMessage() {
            return new AssertionError("the relay must send with sendMessage, whose Uni completes on the confirm");
        }

        @Override
        public void complete() {
        }

        @Override
        public void error(Exception e) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean hasRequests() {
            return true;
        }
    }
}
