package dev.checkout.order.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.checkout.order.fixtures.EventStreamClient;
import dev.checkout.order.fixtures.Workers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.checkout.order.fixtures.OrderApi.as;
import static dev.checkout.order.fixtures.OrderStatusApi.CUSTOMER;
import static dev.checkout.order.fixtures.OrderStatusApi.awaitProcessed;
import static dev.checkout.order.fixtures.OrderStatusApi.confirmedOrder;
import static dev.checkout.order.fixtures.OrderStatusApi.order;
import static dev.checkout.order.fixtures.Workers.analyticsRecorded;
import static dev.checkout.order.fixtures.Workers.failed;
import static dev.checkout.order.fixtures.Workers.fraudAssessed;
import static dev.checkout.order.fixtures.Workers.fulfilmentRequested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Whoever may see an order (its customer, a webhook receiver) learns each follow-up's state and the fraud decision,
 * never how the decision was reached: no score, no rule, no weight, no reviewer, no note, no worker's error text.
 */
@QuarkusTest
class PublicViewTest {

    /** What the workers' events carry (see Workers) and no public view may show. */
    private static final List<String> INTERNALS = List.of("score", "reasons", "high-total", "total above the threshold",
            "weight", "reviewedBy", "m.keller", "note", "Called the customer", "gave up");

    private static WireMockServer receiver;
    private static Workers workers;

    @TestHTTPResource("/orders")
    URL orders;

    @Inject
    Pool pool;

    @BeforeAll
    static void start() throws Exception {
        receiver = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        receiver.start();
        workers = new Workers();
    }

    @AfterAll
    static void stop() throws Exception {
        workers.close();
        receiver.stop();
    }

    @Test
    void theOrderItsTimelineItsStreamAndItsWebhooksCarryTheDecisionButNoFraudInternals() throws Exception {
        String path = "/hooks/" + UUID.randomUUID();
        receiver.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(204)));
        String id = confirmedOrder(receiver.baseUrl() + path);

        awaitProcessed(pool, List.of(workers.publish(fraudAssessed(id, "REJECT", false, Instant.now()))));
        String held = as(CUSTOMER).get("/orders/" + id).asString();
        awaitProcessed(pool, List.of(
                workers.publish(fraudAssessed(id, "CLEAR", true, Instant.now())),
                workers.publish(failed("email", id, "smtp_unavailable", Instant.now())),
                workers.publish(analyticsRecorded(id, Instant.now())),
                workers.publish(fulfilmentRequested(id, "WH-PUBLIC1", Instant.now()))));

        List<String> views = new ArrayList<>(List.of(held, as(CUSTOMER).get("/orders/" + id).asString(),
                as(CUSTOMER).get("/orders/" + id + "/timeline").asString()));
        // Every follow-up is final now: the stream replays the whole timeline and ends.
        try (EventStreamClient stream = EventStreamClient.connect(URI.create(orders + "/" + id + "/events"), null)) {
            stream.untilClosed().forEach(event -> views.add(String.valueOf(event.data())));
        }
        // One per change: received, confirmed, REJECT, on hold, CLEAR, hold released, email failed, analytics,
        // fulfilment.
        List<LoggedRequest> webhooks = await().atMost(Duration.ofSeconds(30))
                .until(() -> receiver.findAll(postRequestedFor(urlPathEqualTo(path))), found -> found.size() >= 9);
        webhooks.forEach(request -> views.add(request.getBodyAsString()));

        assertThat(order(id).getMap("followUps.fraud.assessment")).containsOnlyKeys("decision", "final")
                .containsEntry("decision", "CLEAR").containsEntry("final", true);
        assertThat(order(id).getMap("followUps.email.failure")).containsOnlyKeys("reasonCode", "attempts")
                .containsEntry("reasonCode", "smtp_unavailable");
        assertThat(held).contains("\"decision\":\"REJECT\"");
        assertThat(views).allSatisfy(view -> assertThat(view).doesNotContain(INTERNALS.toArray(String[]::new)));
        assertThat(String.join("\n", views)).contains("\"decision\":\"REJECT\"", "\"decision\":\"CLEAR\"");
    }
}
