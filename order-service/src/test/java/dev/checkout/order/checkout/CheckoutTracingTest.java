package dev.checkout.order.checkout;

import dev.checkout.testsupport.CallerTrace;
import dev.checkout.testsupport.CapturedLogs;
import dev.checkout.testsupport.RecordedSpans;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static dev.checkout.order.fixtures.OrderApi.cart;
import static dev.checkout.order.fixtures.OrderApi.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client's W3C trace goes on through the checkout: the server span of {@code POST /orders} belongs to it, the
 * order.placed outbox row carries it to the workers, and the log lines written for the order show its trace id.
 */
@QuarkusTest
class CheckoutTracingTest {

    @Inject
    RecordedSpans spans;
    @Inject
    Pool pool;

    @Test
    void continuesTheCallersTraceIntoTheOutboxAndTheLogs() {
        String mug = product("MUG", 1200, "EUR", 10);
        CallerTrace caller = CallerTrace.random();

        String orderId;
        List<CapturedLogs.Line> orderLines;
        try (CapturedLogs logs = CapturedLogs.start()) {
            orderId = RestAssured.given().contentType(ContentType.JSON)
                    .header(CallerTrace.HEADER, caller.traceparent())
                    .body(cart("c-" + UUID.randomUUID(), "tok_visa").line(mug, 1).body())
                    .post("/orders")
                    .then().statusCode(201).extract().path("id");
            orderLines = logs.containing(orderId);
        }

        SpanData server = await().atMost(Duration.ofSeconds(10)).until(() -> spans.ofTrace(caller.traceId()).stream()
                .filter(span -> span.getKind() == SpanKind.SERVER && span.getName().equals("POST /orders"))
                .findFirst().orElse(null), span -> span != null);
        assertThat(server.getParentSpanId()).isEqualTo(caller.spanId());
        assertThat(spans.ofTrace(caller.traceId()))
                .as("the charge, through the payment provider's API")
                .anyMatch(span -> span.getKind() == SpanKind.SERVER && span.getName().equals("POST /v1/charges"))
                .as("the event's row, written to the outbox")
                .anyMatch(span -> span.getKind() == SpanKind.CLIENT && span.getName().equals("INSERT outbox_message"));

        // The request's server span is the event's parent: the workers' spans will hang below the checkout.
        assertThat(traceparentOfOrderPlaced(orderId))
                .isEqualTo("00-" + caller.traceId() + "-" + server.getSpanId() + "-01");

        assertThat(orderLines).as("log lines about order %s", orderId).isNotEmpty()
                .allSatisfy(line -> assertThat(line.traceId()).as(line.message()).isEqualTo(caller.traceId()))
                .allSatisfy(line -> assertThat(line.spanId()).as(line.message()).isNotBlank());
    }

    @Test
    void startsATraceOfItsOwnWhenTheCallerSendsNone() {
        String mug = product("MUG", 1200, "EUR", 10);

        String orderId = RestAssured.given().contentType(ContentType.JSON)
                .body(cart("c-" + UUID.randomUUID(), "tok_visa").line(mug, 1).body())
                .post("/orders")
                .then().statusCode(201).extract().path("id");

        assertThat(traceparentOfOrderPlaced(orderId)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    private String traceparentOfOrderPlaced(String orderId) {
        return pool.preparedQuery("""
                        select traceparent from outbox_message where correlation_id = $1 and event_type = 'order.placed'""")
                .execute(Tuple.of(orderId)).await().indefinitely().iterator().next().getString("traceparent");
    }
}
