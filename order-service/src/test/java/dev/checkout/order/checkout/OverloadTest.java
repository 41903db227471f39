package dev.checkout.order.checkout;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.checkout.testsupport.ManagementInterface;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;

import static dev.checkout.order.fixtures.OrderApi.cart;
import static dev.checkout.order.fixtures.OrderApi.place;
import static dev.checkout.order.fixtures.OrderApi.product;
import static dev.checkout.order.fixtures.OrderApi.stockOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Far more concurrent checkouts than the in-flight limit and its queue (4 and 4 here, with a slow payment provider so
 * they overlap): each gets a 201 or a quick 503 with Retry-After, none hangs, readiness stays UP, and normal traffic
 * succeeds right after. Those that find a place in the queue are served in their turn; once the queue is full a
 * checkout is refused before its body is even read. Clients that give up mid-checkout do not cut their checkouts off
 * half-way. (InFlightCheckoutsTest covers the queue's rules one by one.)
 */
@QuarkusTest
@TestProfile(OverloadTest.SmallLimit.class)
class OverloadTest {

    private static final int LIMIT = 4;
    private static final int QUEUE = 4;
    private static final int CLIENTS = 60;
    /** Far above what any answer here takes: a request still unanswered by then hangs. */
    private static final Duration HANG = Duration.ofSeconds(30);

    public static class SmallLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("checkout.in-flight.max", String.valueOf(LIMIT),
                    "checkout.in-flight.queue", String.valueOf(QUEUE),
                    "checkout.in-flight.max-wait", "5s",
                    "payment.simulator.latency", "1s");
        }
    }

    @TestHTTPResource("/orders")
    URI orders;


    @Inject
    Pool pool;

    @Inject
    InFlightCheckouts inFlight;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shedsWhatItCannotTakeStaysReadyAndRecovers() throws Exception {
        String sku = product("MUG", 1200, "EUR", 1000);

        List<CompletableFuture<HttpResponse<String>>> burst = IntStream.range(0, CLIENTS)
                .mapToObj(i -> http.sendAsync(order(sku, HANG), HttpResponse.BodyHandlers.ofString()))
                .toList();
        HttpResponse<String> readiness = http.send(HttpRequest.newBuilder(URI.create(
                        ManagementInterface.url("/q/health/ready"))).timeout(HANG).build(),
                HttpResponse.BodyHandlers.ofString());
        List<HttpResponse<String>> answers = burst.stream().map(CompletableFuture::join).toList();

        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
        assertThat(answers).allSatisfy(answer -> {
            if (answer.statusCode() != 201) {
                assertThat(answer.statusCode()).isEqualTo(503);
                assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
                assertThat(json.readTree(answer.body()).get("code").asText()).isEqualTo("overloaded");
            }
        });
        long created = answers.stream().filter(answer -> answer.statusCode() == 201).count();
        assertThat(created).isBetween((long) LIMIT + QUEUE, (long) CLIENTS - 1);
        // A refused order reserved nothing.
        assertThat(stockOf(sku)).isEqualTo(1000 - (int) created);

        RestAssured.get(ManagementInterface.url("/q/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
        RestAssured.get(ManagementInterface.url("/q/health/live")).then().statusCode(200).body("status", equalTo("UP"));
        for (int i = 0; i < 3; i++) {
            place(cart("c-" + UUID.randomUUID(), "tok_visa").line(sku, 1).body())
                    .then().statusCode(201).body("status", equalTo("CONFIRMED"));
        }
    }

    @Test
    void whileTheQueueIsFullRefusesBeforeReadingTheBody() throws Exception {
        String sku = product("MUG", 1200, "EUR", 100);
        List<CompletableFuture<HttpResponse<String>>> admitted = IntStream.range(0, LIMIT + QUEUE)
                .mapToObj(i -> http.sendAsync(order(sku, HANG), HttpResponse.BodyHandlers.ofString()))
                .toList();
        await().atMost(HANG).until(inFlight::full);

        // Not even JSON: read, it would be a 400.
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(orders).timeout(HANG)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{not json")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(json.readTree(refused.body()).get("code").asText()).isEqualTo("overloaded");
        assertThat(admitted).allSatisfy(answer -> assertThat(answer.join().statusCode()).isEqualTo(201));
    }

    @Test
    void aCheckoutWhoseClientGaveUpStillEndsConfirmed() {
        String sku = product("MUG", 1200, "EUR", 100);
        int clients = LIMIT;

        // Each client hangs up while its order waits for the (slow) provider.
        List<CompletableFuture<HttpResponse<String>>> impatient = IntStream.range(0, clients)
                .mapToObj(i -> http.sendAsync(order(sku, Duration.ofMillis(100)), HttpResponse.BodyHandlers.ofString()))
                .toList();
        assertThat(impatient).allSatisfy(answer -> assertThat(answer).failsWithin(HANG)
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(HttpTimeoutException.class));

        await().atMost(HANG).untilAsserted(() -> assertThat(statusesOf(sku))
                .containsExactlyElementsOf(IntStream.range(0, clients).mapToObj(i -> "CONFIRMED").toList()));
        assertThat(stockOf(sku)).isEqualTo(100 - clients);
        for (int i = 0; i < 3; i++) {
            place(cart("c-" + UUID.randomUUID(), "tok_visa").line(sku, 1).body()).then().statusCode(201);
        }
    }

    private List<String> statusesOf(String sku) {
        return pool.preparedQuery("""
                        select o.status from orders o join order_line l on l.order_id = o.id where l.sku = $1""")
                .execute(Tuple.of(sku)).await().indefinitely()
                .stream().map(row -> row.getString("status")).toList();
    }

    private HttpRequest order(String sku, Duration timeout) {
        try {
            return HttpRequest.newBuilder(orders).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                            cart("c-" + UUID.randomUUID(), "tok_visa").line(sku, 1).body())))
                    .build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CompletionException(e);
        }
    }
}
