package dev.checkout.messaging.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Outbox#record} keeps the W3C traceparent of the span that records the event. Each test reads its row back
 * in the recording transaction and rolls it back, so nothing reaches the relay.
 */
@QuarkusTest
class OutboxTraceContextTest {

    @Inject
    Outbox outbox;
    @Inject
    Tracer tracer;

    @Test
    void storesTheTraceparentOfTheSpanThatRecordsTheEvent() throws Throwable {
        Span span = tracer.spanBuilder("confirm order").startSpan();
        try {
            SpanContext context = span.getSpanContext();
            assertThat(recordAndReadBack(span))
                    .isEqualTo("00-" + context.getTraceId() + "-" + context.getSpanId() + "-01");
        } finally {
            span.end();
        }
    }

    @Test
    void storesNoTraceparentOutsideAnySpan() throws Throwable {
        assertThat(recordAndReadBack(null)).isNull();
    }

    /** The traceparent column of an event recorded while {@code span} (if any) is current. */
    private String recordAndReadBack(Span span) throws Throwable {
        OutgoingEvent event = OutgoingEvent.of("outbox.trace." + UUID.randomUUID(), 1, "order-46", new JsonObject());
        AtomicReference<String> stored = new AtomicReference<>();
        VertxContextSupport.subscribeAndAwait(() -> {
            // Current on this Vert.x context until the transaction ends, as a request's span is while it is handled.
            Scope scope = span == null ? Scope.noop() : span.makeCurrent();
            return Panache.withTransaction(() -> outbox.record(event)
                            .chain(Panache::getSession)
                            .chain(session -> session.createNativeQuery(
                                            "select traceparent from outbox_message where event_id = ?1", String.class)
                                    .setParameter(1, event.eventId())
                                    .getSingleResult())
                            .invoke(stored::set)
                            .call(() -> Panache.currentTransaction().invoke(Mutiny.Transaction::markForRollback))
                            .replaceWithVoid())
                    .eventually(scope::close);
        });
        return stored.get();
    }
}
