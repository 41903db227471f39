package dev.checkout.order.status;

import dev.checkout.messaging.database.ListenConnection;
import dev.checkout.order.fixtures.EventStreamClient;
import dev.checkout.order.fixtures.EventStreamClient.Event;
import dev.checkout.order.fixtures.Workers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.checkout.order.fixtures.OrderApi.as;
import static dev.checkout.order.fixtures.OrderStatusApi.awaitProcessed;
import static dev.checkout.order.fixtures.OrderStatusApi.confirmedOrder;
import static dev.checkout.order.fixtures.Workers.analyticsRecorded;
import static dev.checkout.order.fixtures.Workers.emailSent;
import static dev.checkout.order.fixtures.Workers.fraudAssessed;
import static dev.checkout.order.fixtures.Workers.fulfilmentHeld;
import static dev.checkout.order.fixtures.Workers.fulfilmentRequested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** GET /orders/{id}/events: every change as it is recorded, ids to resume by, and an end. */
@QuarkusTest
class OrderEventsStreamTest {

    private static Workers workers;

    @TestHTTPResource("/orders")
    URL orders;

    @Inject
    Pool pool;
    @Inject
    Vertx vertx;
    @Inject
    ListenConnection listenConnection;

    @BeforeAll
    static void connect() throws Exception {
        workers = new Workers();
    }

    @AfterAll
    static void disconnect() throws Exception {
        workers.close();
    }

    @Test
    void streamsEveryChangeAsItHappensAndEndsOnceEveryFollowUpIsFinal() throws Exception {
        String id = confirmedOrder();
        try (EventStreamClient stream = EventStreamClient.connect(events(id), null)) {
            assertThat(List.of(stream.next(), stream.next())).extracting(Event::id, Event::name)
                    .containsExactly(tuple("1", "order.received"), tuple("2", "order.confirmed"));

            workers.publish(emailSent(id, Instant.now()));
            assertThat(stream.next()).extracting(Event::id, Event::name).containsExactly("3", "email.sent");
            // The rules' REVIEW waits for a reviewer: not final yet.
            workers.publish(fraudAssessed(id, "REVIEW", false, Instant.now()));
            assertThat(stream.next().data().getJsonObject("assessment").getString("decision")).isEqualTo("REVIEW");
            workers.publish(analyticsRecorded(id, Instant.now()));
            assertThat(stream.next()).extracting(Event::id, Event::name).containsExactly("5", "analytics.recorded");
            // Held while the review waits: not final either.
            workers.publish(fulfilmentHeld(id, "fraud_review", false, Instant.now()));
            assertThat(stream.next().data().getJsonObject("hold").getString("reasonCode")).isEqualTo("fraud_review");
            workers.publish(fraudAssessed(id, "CLEAR", true, Instant.now()));
            assertThat(stream.next()).extracting(Event::id, Event::name).containsExactly("7", "fraud.assessed");
            workers.publish(fulfilmentRequested(id, "WH-STREAMED", Instant.now()));

            List<Event> rest = stream.untilClosed();
            assertThat(rest).extracting(Event::id, Event::name)
                    .containsExactly(tuple("8", "fulfilment.requested"), tuple(null, "end"));
            assertThat(rest.get(0).data().getString("orderId")).isEqualTo(id);
            assertThat(rest.get(0).data().getString("state")).isEqualTo("DONE");
            assertThat(rest.get(0).data().getString("reference")).isEqualTo("WH-STREAMED");
            assertThat(rest.get(1).data().getString("status")).isEqualTo("CONFIRMED");
        }
    }

    @Test
    void aClientReconnectingWithLastEventIdMissesNothing() throws Exception {
        String id = confirmedOrder();
        String lastSeen;
        try (EventStreamClient stream = EventStreamClient.connect(events(id), null)) {
            stream.next();
            lastSeen = stream.next().id();
        }
        // While the client is away.
        awaitProcessed(pool, List.of(workers.publish(emailSent(id, Instant.now())),
                workers.publish(fraudAssessed(id, "CLEAR", false, Instant.now())),
                workers.publish(fulfilmentRequested(id, "WH-1", Instant.now()))));

        try (EventStreamClient resumed = EventStreamClient.connect(events(id), lastSeen)) {
            assertThat(List.of(resumed.next(), resumed.next(), resumed.next())).extracting(Event::id)
                    .containsExactlyInAnyOrder("3", "4", "5");
            workers.publish(analyticsRecorded(id, Instant.now()));
            assertThat(resumed.untilClosed()).extracting(Event::id, Event::name)
                    .containsExactly(tuple("6", "analytics.recorded"), tuple(null, "end"));
        }
        try (EventStreamClient late = EventStreamClient.connect(events(id), "5")) {
            assertThat(late.untilClosed()).extracting(Event::id).containsExactly("6", null);
        }
    }

    @Test
    void aChangeRecordedByAnotherReplicaReachesTheStream() throws Exception {
        String id = confirmedOrder();
        try (EventStreamClient stream = EventStreamClient.connect(events(id), null)) {
            stream.next();
            stream.next();

            // What another replica's consumer writes, through nothing but the shared database.
            recordElsewhere(id, 3, "email.sent");

            assertThat(stream.next()).extracting(Event::id, Event::name).containsExactly("3", "email.sent");
        }
    }

    @Test
    void whatThisReplicaRecordsIsAnnouncedToEveryReplicaOnceCommitted() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        PgSubscriber otherReplica = PgSubscriber.subscriber(vertx, listenConnection.options());
        otherReplica.channel("order_timeline").handler(heard::add);
        otherReplica.connect().await().atMost(Duration.ofSeconds(10));
        try {
            String id = confirmedOrder();

            // Received and confirmed, each in a transaction of its own (maybe announced together).
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains(id));
            try (EventStreamClient stream = EventStreamClient.connect(events(id), null)) {
                stream.next();
                stream.next();
                workers.publish(emailSent(id, Instant.now()));
                stream.next();
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.stream().filter(id::equals).count() >= 2);
        } finally {
            otherReplica.close().await().atMost(Duration.ofSeconds(10));
        }
    }

    @Test
    void aStreamCatchesUpOnWhatWasRecordedWhileItsListenerWasReconnecting() throws Exception {
        String id = confirmedOrder();
        try (EventStreamClient stream = EventStreamClient.connect(events(id), null)) {
            stream.next();
            stream.next();

            dropListenConnection();
            recordElsewhere(id, 3, "analytics.recorded");

            assertThat(stream.next()).extracting(Event::id, Event::name).containsExactly("3", "analytics.recorded");
        }
    }

    @Test
    void refusesUnknownOrdersAndUnusableEventIds() {
        as("ann").accept("text/event-stream").get("/orders/" + UUID.randomUUID() + "/events")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("order_not_found"));
        String id = confirmedOrder();
        as("ann").accept("text/event-stream").header("Last-Event-ID", "abc").get("/orders/" + id + "/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("invalid_last_event_id"));
    }

    private URI events(String orderId) {
        return URI.create(orders + "/" + orderId + "/events");
    }

    /** What another replica does: commits an entry, then announces it on the channel every replica listens to. */
    private void recordElsewhere(String orderId, int seq, String type) {
        pool.preparedQuery("""
                        insert into order_timeline (id, order_id, seq, type, recorded_at, order_status, follow_up,
                                                    state, event_id, occurred_at)
                        values ($1, $2, $3, $4, now(), 'CONFIRMED', split_part($4, '.', 1), 'DONE', $1, now())""")
                .execute(Tuple.of(UUID.randomUUID(), UUID.fromString(orderId), seq, type)).await().indefinitely();
        pool.preparedQuery("select pg_notify('order_timeline', $1)").execute(Tuple.of(orderId))
                .await().indefinitely();
    }

    /** Ends the connection that LISTENs for timeline changes, as a database restart or network fault would. */
    private void dropListenConnection() {
        await().atMost(Duration.ofSeconds(10)).until(() -> pool.query("""
                        select count(pg_terminate_backend(pid)) as ended from pg_stat_activity
                         where datname = current_database() and query ilike 'LISTEN%order_timeline%'""")
                .execute().await().indefinitely().iterator().next().getLong("ended") == 1);
    }
}
