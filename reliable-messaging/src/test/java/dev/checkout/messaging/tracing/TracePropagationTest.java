package dev.checkout.messaging.tracing;

import com.rabbitmq.client.AMQP;
import dev.checkout.messaging.outbox.Outbox;
import dev.checkout.messaging.outbox.OutgoingEvent;
import dev.checkout.messaging.testapp.LedgerHandler;
import dev.checkout.messaging.testapp.RabbitProbe;
import dev.checkout.messaging.testapp.TestEvents;
import dev.checkout.testsupport.CallerTrace;
import dev.checkout.testsupport.CapturedLogs;
import dev.checkout.testsupport.RecordedSpans;
import dev.checkout.testsupport.TestBroker;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace across the broker: an event recorded in a span is published in that span's trace, and a consumer
 * handles a message (its queries, log lines and any event it records) in the trace the message carries.
 */
@QuarkusTest
class TracePropagationTest {

    private static final String PROCESS_SPAN = "checkout." + LedgerHandler.CONSUMER + " process";

    @Inject
    RecordedSpans spans;
    @Inject
    Tracer tracer;
    @Inject
    Outbox outbox;

    private RabbitProbe rabbit;

    @BeforeEach
    void connect() throws Exception {
        rabbit = new RabbitProbe();
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> rabbit.count("checkout.ledger") >= 0);
    }

    @AfterEach
    void close() throws Exception {
        rabbit.close();
    }

    @Test
    void theRelayPublishesAnEventInTheTraceThatRecordedIt() throws Throwable {
        CallerTrace caller = CallerTrace.random();
        UUID orderId = UUID.randomUUID();
        JsonObject order = TestEvents.orderPlaced(UUID.randomUUID(), orderId, "ok").getJsonObject("order");
        OutgoingEvent event = OutgoingEvent.of("order.placed", 1, orderId.toString(), new JsonObject().put("order", order));

        Span confirm = tracer.spanBuilder("confirm order").setParent(TraceParent.parse(caller.traceparent())).startSpan();
        try {
            VertxContextSupport.subscribeAndAwait(() -> {
                // Current on this context for the whole transaction, as a request's server span is.
                Scope ignored = confirm.makeCurrent();
                return Panache.withTransaction(() -> outbox.record(event));
            });
        } finally {
            confirm.end();
        }

        SpanData process = awaitSpan(caller.traceId(), PROCESS_SPAN);
        assertThat(process.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(spans.ofTrace(caller.traceId())).extracting(SpanData::getKind).contains(SpanKind.PRODUCER);
    }

    @Test
    void aConsumerHandlesAMessageInTheTraceItCarriesAndLogsItsIds() throws Exception {
        CallerTrace caller = CallerTrace.random();
        String messageId = UUID.randomUUID().toString();
        List<CapturedLogs.Line> lines;
        try (CapturedLogs logs = CapturedLogs.start()) {
            // "permanent" makes the consumer park the message, which it logs with the message id.
            publishWithTrace(messageId, TestEvents.orderPlaced(UUID.fromString(messageId), UUID.randomUUID(),
                    "permanent").encode(), caller);
            awaitSpan(caller.traceId(), PROCESS_SPAN);
            lines = await().atMost(Duration.ofSeconds(10)).until(() -> logs.containing(messageId), l -> !l.isEmpty());
        }

        assertThat(lines).allSatisfy(line -> assertThat(line.traceId()).as(line.message()).isEqualTo(caller.traceId()));
        SpanData process = awaitSpan(caller.traceId(), PROCESS_SPAN);
        assertThat(process.getAttributes().asMap().values()).contains(messageId);
        // The parked copy is published from inside the handling, so it stays in the trace too.
        assertThat(spans.ofTrace(caller.traceId())).anySatisfy(span -> {
            assertThat(span.getKind()).isEqualTo(SpanKind.PRODUCER);
            assertThat(span.getParentSpanId()).isEqualTo(process.getSpanId());
        });
        rabbit.drain("checkout.ledger.dlq");
    }

    private void publishWithTrace(String messageId, String body, CallerTrace caller) throws Exception {
        AMQP.BasicProperties plain = TestBroker.properties(messageId, "order.placed");
        Map<String, Object> headers = new HashMap<>(plain.getHeaders());
        headers.put(TraceParent.HEADER, caller.traceparent());
        rabbit.publish("checkout.events", "order.placed", plain.builder().headers(headers).build(), body);
    }

    private SpanData awaitSpan(String traceId, String name) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> spans.ofTrace(traceId).stream()
                .filter(span -> span.getName().equals(name)).findFirst().orElse(null), span -> span != null);
    }
}
