package dev.checkout.order.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import dev.checkout.order.fixtures.OrderStatusApi;
import dev.checkout.order.fixtures.Workers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.checkout.order.fixtures.OrderApi.cart;
import static dev.checkout.order.fixtures.OrderApi.place;
import static dev.checkout.order.fixtures.OrderApi.product;
import static dev.checkout.order.fixtures.OrderApi.stockOf;
import static dev.checkout.order.fixtures.OrderStatusApi.confirmedOrder;
import static dev.checkout.order.fixtures.OrderStatusApi.subscribedOrder;
import static dev.checkout.order.fixtures.OrderStatusApi.timeline;
import static dev.checkout.order.fixtures.Workers.analyticsRecorded;
import static dev.checkout.order.fixtures.Workers.emailSent;
import static dev.checkout.order.fixtures.Workers.fraudAssessed;
import static dev.checkout.order.fixtures.Workers.fulfilmentRequested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Each change of an order POSTed to its callback URL, signed, retried, given up; and the allow-list. */
@QuarkusTest
class WebhookTest {

    private static WireMockServer receiver;
    private static Workers workers;

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
    void postsEveryChangeSignedToTheCallbackUrl() throws Exception {
        String hook = hook();
        receiver.stubFor(post(urlPathEqualTo(path(hook))).willReturn(aResponse().withStatus(204)));
        OrderStatusApi.Subscribed order = subscribedOrder(hook);
        String id = order.id();
        // A secret of its own, shown to the placing request only.
        assertThat(order.webhookSecret()).startsWith("whsec_").isNotEqualTo(subscribedOrder(hook()).webhookSecret());
        assertThat(OrderStatusApi.order(id).getString("webhookSecret")).isNull();
        assertThat(subscribedOrder(null).webhookSecret()).isNull();

        workers.publish(emailSent(id, Instant.now()));
        workers.publish(fraudAssessed(id, "CLEAR", false, Instant.now()));
        workers.publish(analyticsRecorded(id, Instant.now()));
        workers.publish(fulfilmentRequested(id, "WH-HOOKED", Instant.now()));

        List<JsonObject> delivered = awaitWebhookEntries(id, "webhook.delivered", 6);
        // Every change, but not the notes of the deliveries themselves (they come between the changes).
        Map<Integer, String> changes = entries(id).stream()
                .filter(entry -> !entry.getString("type").startsWith("webhook."))
                .collect(Collectors.toMap(entry -> entry.getInteger("seq"), entry -> entry.getString("type")));
        assertThat(changes.values()).containsExactlyInAnyOrder("order.received", "order.confirmed", "email.sent",
                "fraud.assessed", "analytics.recorded", "fulfilment.requested");
        assertThat(delivered).extracting(entry -> entry.getJsonObject("webhook").getInteger("seq"))
                .containsExactlyInAnyOrderElementsOf(changes.keySet());
        assertThat(delivered).allSatisfy(entry -> assertThat(entry.getJsonObject("webhook").getMap())
                .containsEntry("attempts", 1).containsEntry("responseStatus", 204));
        List<LoggedRequest> requests = receiver.findAll(postRequestedFor(urlPathEqualTo(path(hook))));
        assertThat(requests).hasSize(6);
        for (LoggedRequest request : requests) {
            JsonObject body = new JsonObject(request.getBodyAsString());
            int seq = body.getInteger("seq");
            assertThat(body.getString("orderId")).isEqualTo(id);
            assertThat(body.getString("type")).isEqualTo(changes.get(seq));
            assertThat(request.getHeader("Webhook-Id")).isEqualTo(id + ":" + seq);
            assertThat(request.getHeader("Content-Type")).startsWith("application/json");
            assertSigned(request, order.webhookSecret());
        }
    }

    @Test
    void aReceiverFailingTwiceThenSucceedingGetsTheChangeOnce() {
        String hook = hook();
        String path = path(hook);
        receiver.stubFor(post(urlPathEqualTo(path)).atPriority(10).willReturn(aResponse().withStatus(204)));
        // The first change (order.received, seq 1) fails twice before it succeeds.
        String scenario = "flaky " + path;
        String first = ".*:1";
        receiver.stubFor(post(urlPathEqualTo(path)).atPriority(1).withHeader("Webhook-Id", matching(first))
                .inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("failed once")
                .willReturn(aResponse().withStatus(500)));
        receiver.stubFor(post(urlPathEqualTo(path)).atPriority(1).withHeader("Webhook-Id", matching(first))
                .inScenario(scenario).whenScenarioStateIs("failed once").willSetStateTo("failed twice")
                .willReturn(aResponse().withStatus(502)));
        receiver.stubFor(post(urlPathEqualTo(path)).atPriority(1).withHeader("Webhook-Id", matching(first))
                .inScenario(scenario).whenScenarioStateIs("failed twice").willSetStateTo("received")
                .willReturn(aResponse().withStatus(200)));

        OrderStatusApi.Subscribed order = subscribedOrder(hook);
        String id = order.id();

        JsonObject delivered = awaitWebhookEntries(id, "webhook.delivered", 2).stream()
                .filter(entry -> entry.getJsonObject("webhook").getInteger("seq") == 1).findFirst().orElseThrow();
        assertThat(delivered.getJsonObject("webhook").getMap())
                .containsEntry("attempts", 3).containsEntry("responseStatus", 200);
        List<LoggedRequest> attempts = receiver.findAll(postRequestedFor(urlPathEqualTo(path))
                .withHeader("Webhook-Id", equalTo(id + ":1")));
        assertThat(attempts).hasSize(3);
        assertThat(attempts).extracting(LoggedRequest::getBodyAsString).containsOnly(attempts.get(0).getBodyAsString());
        attempts.forEach(attempt -> assertSigned(attempt, order.webhookSecret()));
    }

    @Test
    void aReceiverThatNeverSucceedsIsGivenUpAndTheTimelineSaysSo() {
        String hook = hook();
        receiver.stubFor(post(urlPathEqualTo(path(hook))).willReturn(aResponse().withStatus(503)));

        String id = confirmedOrder(hook);

        List<JsonObject> givenUp = awaitWebhookEntries(id, "webhook.gave_up", 2);
        assertThat(givenUp).extracting(entry -> entry.getJsonObject("webhook").getInteger("seq"))
                .containsExactlyInAnyOrder(1, 2);
        assertThat(givenUp).allSatisfy(entry -> {
            assertThat(entry.getJsonObject("webhook").getInteger("attempts")).isGreaterThan(1);
            assertThat(entry.getJsonObject("webhook").getInteger("responseStatus")).isEqualTo(503);
        });
        assertThat(receiver.findAll(postRequestedFor(urlPathEqualTo(path(hook))))).hasSizeGreaterThan(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://10.0.0.8:8080/hooks",
            "http://127.0.0.1.nip.io/hooks", "ftp://127.0.0.1/hooks", "http://user:secret@127.0.0.1/hooks",
            "/hooks/relative", "not a url"})
    void refusesACallbackUrlOffTheAllowListBeforeReservingAnything(String url) {
        String sku = product("MUG", 1200, "EUR", 5);

        JsonPath problem = place(cart("c-" + UUID.randomUUID(), "tok_visa").line(sku, 1).with("callbackUrl", url)
                .body()).then().statusCode(422).contentType("application/problem+json").extract().jsonPath();

        assertThat(problem.getString("code")).isEqualTo("callback_url_not_allowed");
        assertThat(problem.getString("errors[0].field")).isEqualTo("callbackUrl");
        assertThat(stockOf(sku)).isEqualTo(5);
    }

    @Test
    void everyAttemptResolvesTheHostAgainAndConnectsOnlyToAnAddressItChecked() {
        String path = "/hooks/" + UUID.randomUUID();
        receiver.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(204)));
        // On the allow-list, but pointed at the cloud metadata address, then (rebinding) at the receiver.
        ScriptedHostResolver.script("rebinding.webhooks.test", "169.254.169.254", "127.0.0.1");

        String id = confirmedOrder("http://rebinding.webhooks.test:" + receiver.port() + path);

        List<JsonObject> delivered = awaitWebhookEntries(id, "webhook.delivered", 2);
        // The first attempt (of either change) was refused before connecting; its next attempt resolved the host
        // again and went to the address it had checked then.
        assertThat(delivered).extracting(entry -> entry.getJsonObject("webhook").getInteger("attempts"))
                .contains(2);
        assertThat(ScriptedHostResolver.lookups("rebinding.webhooks.test")).isGreaterThanOrEqualTo(3);
        assertThat(receiver.findAll(postRequestedFor(urlPathEqualTo(path))))
                .extracting(request -> request.getHeader("Host"))
                .containsOnly("rebinding.webhooks.test:" + receiver.port());
    }

    /** Loopback is exempt in the test profile (the receivers' address): CallbackAddressesTest refuses it as prod does. */
    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.8", "169.254.169.254", "192.168.1.20", "fd00::1"})
    void aHostThatResolvesToAPrivateAddressIsGivenUpWithoutAConnection(String address) throws Exception {
        ScriptedHostResolver.script("metadata.webhooks.test", address);

        String id = confirmedOrder("http://metadata.webhooks.test:" + receiver.port() + "/hooks/" + UUID.randomUUID());

        List<JsonObject> givenUp = awaitWebhookEntries(id, "webhook.gave_up", 2);
        assertThat(givenUp).allSatisfy(entry -> {
            assertThat(entry.getJsonObject("webhook").getString("lastError")).contains("resolves to")
                    .contains(InetAddress.getByName(address).getHostAddress());
            assertThat(entry.getJsonObject("webhook").getInteger("responseStatus")).isNull();
        });
    }

    /**
     * Checked with the Standard Webhooks project's own Java library (an independent implementation of the spec):
     * webhook-id, webhook-timestamp (recent) and webhook-signature "v1,<base64>" over id.timestamp.body.
     */
    private static void assertSigned(LoggedRequest request, String secret) {
        String timestamp = request.getHeader("Webhook-Timestamp");
        assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), Offset.offset(300L));
        Map<String, List<String>> headers = Map.of(
                "webhook-id", List.of(request.getHeader("Webhook-Id")),
                "webhook-timestamp", List.of(timestamp),
                "webhook-signature", List.of(request.getHeader("Webhook-Signature")));
        assertThatCode(() -> new Webhook(secret).verify(request.getBodyAsString(), headers)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new Webhook(secret).verify(request.getBodyAsString() + " ", headers))
                .isInstanceOf(WebhookVerificationException.class);
    }

    private static List<JsonObject> awaitWebhookEntries(String orderId, String type, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> entries(orderId).stream()
                        .filter(entry -> type.equals(entry.getString("type"))).toList(),
                found -> found.size() >= count);
    }

    private static List<JsonObject> entries(String orderId) {
        List<Map<String, Object>> entries = timeline(orderId).getList("entries");
        return entries.stream().map(JsonObject::new).toList();
    }

    private static String hook() {
        return receiver.baseUrl() + "/hooks/" + UUID.randomUUID();
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }
}
