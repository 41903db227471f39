package dev.checkout.system;

import dev.checkout.testsupport.Tokens;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The promises of the suite, checked over the packaged services running as separate processes: checkout never
 * waits for the follow-ups, nothing is lost, nothing happens twice. Each journey restores whatever it stopped.
 */
@ExtendWith(SuiteExtension.class)
class CheckoutJourneysTest {

    private static final Duration FOLLOW_UPS = Duration.ofSeconds(60);

    private final RunningSuite suite;
    private final Shop shop;

    CheckoutJourneysTest(RunningSuite suite) {
        this.suite = suite;
        this.shop = new Shop(suite);
    }

    @AfterEach
    void restore() throws Exception {
        suite.restore();
    }

    @Test
    void anOrdersFollowUpsAllComplete() throws Exception {
        // Few enough units that the fraud rules clear it (20 of one SKU is unusual), so it ships.
        String sku = shop.newProduct(100);
        Shop.Placed order = shop.place(sku, 9);

        awaitFollowUps(order, "DONE");
        assertThat(emailsTo(order.email())).hasSize(1);
        RestAssured.given().auth().oauth2(Tokens.of("sue")).get(suite.fraud.url() + "/assessments/" + order.orderId())
                .then().statusCode(200);
        String reference = shop.order(order.orderId()).getString("followUps.fulfilment.reference");
        assertThat(reference).startsWith("WH-");
        assertThat(warehouseRequests(order.orderId())).isEqualTo(1);
        RestAssured.given().auth().oauth2(Tokens.of("sue")).queryParam("orderId", order.orderId())
                .get(suite.fulfilment.url() + "/shipments")
                .then().statusCode(200).body("[0].state", equalTo("REQUESTED")).body("[0].reference", equalTo(reference));
        assertThat(unitsSold(sku)).isEqualTo(9);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        RestAssured.given().auth().oauth2(Tokens.of("ada"))
                .queryParam("from", today.toString()).queryParam("to", today.plusDays(1).toString())
                .queryParam("limit", 100)
                .get(suite.analytics.url() + "/analytics/top-products")
                .then().statusCode(200)
                .body("products.find { it.sku == '" + sku + "' }.units", equalTo(9));
    }

    @Test
    void theOrderLinksTheReceiptItsEmailCarried() throws Exception {
        Shop.Placed order = shop.place(shop.newProduct(1250), 2);

        awaitFollowUps(order, "DONE");

        List<MimeMessage> emails = emailsTo(order.email());
        assertThat(emails).hasSize(1);
        assertThat(shop.receipt(order.orderId())).isEqualTo(pdfAttachment(emails.get(0)));
    }

    @Test
    void oneTraceFollowsAnOrderFromCheckoutThroughEveryWorker() throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        Shop.Placed order = shop.placeInTrace(shop.newProduct(1), 1, "00-" + traceId + "-00f067aa0ba902b7-01");

        awaitFollowUps(order, "DONE");
        // Each worker recorded its outcome event while handling order.placed: in the trace the message carried.
        assertThat(outcomeTraceparent("email", order.orderId())).contains(traceId);
        assertThat(outcomeTraceparent("fraud", order.orderId())).contains(traceId);
        assertThat(outcomeTraceparent("analytics", order.orderId())).contains(traceId);
        assertThat(outcomeTraceparent("fulfilment", order.orderId())).contains(traceId);
        // The services that log about the order (order-service on confirming it, email-worker on sending) do so in it.
        for (ServiceProcess service : List.of(suite.orders, suite.email)) {
            assertThat(service.logLines(order.orderId())).as(service.module())
                    .isNotEmpty().allSatisfy(line -> assertThat(line).contains(traceId));
        }
    }

    @Test
    void aWorkerThatIsDownDelaysOnlyItsOwnFollowUp() throws Exception {
        String sku = shop.newProduct(900);
        List<Shop.Placed> before = placeSeveral(sku, 7);
        awaitFollowUps(before.get(before.size() - 1), "DONE");

        suite.email.stop();
        suite.fulfilment.stop();
        List<Shop.Placed> during = placeSeveral(sku, 7);

        assertThat(Shop.median(during)).isLessThanOrEqualTo(Shop.median(before).multipliedBy(3).plusMillis(50));
        Shop.Placed last = during.get(during.size() - 1);
        await().atMost(FOLLOW_UPS).until(() -> "DONE".equals(shop.followUp(last.orderId(), "fraud"))
                && "DONE".equals(shop.followUp(last.orderId(), "analytics")));
        assertThat(shop.followUp(last.orderId(), "email")).isIn("PENDING", "DELAYED");
        assertThat(shop.followUp(last.orderId(), "fulfilment")).isIn("PENDING", "DELAYED");
        await().atMost(FOLLOW_UPS).until(() -> "DELAYED".equals(shop.followUp(last.orderId(), "email"))
                && "DELAYED".equals(shop.followUp(last.orderId(), "fulfilment")));

        suite.email.start();
        suite.fulfilment.start();
        for (Shop.Placed order : during) {
            await().atMost(FOLLOW_UPS).until(() -> "DONE".equals(shop.followUp(order.orderId(), "email"))
                    && "DONE".equals(shop.followUp(order.orderId(), "fulfilment")));
            assertThat(emailsTo(order.email())).hasSize(1);
            assertThat(warehouseRequests(order.orderId())).isEqualTo(1);
        }
    }

    @Test
    void anOrderTheFraudReviewRejectsIsHeldThenCancelledAndNeverReachesTheWarehouse() throws Exception {
        Shop.Placed order = shop.placeRisky(shop.newProduct(150_000));

        await().atMost(FOLLOW_UPS).until(() -> "HELD".equals(shop.followUp(order.orderId(), "fulfilment")));
        JsonPath held = shop.order(order.orderId());
        assertThat(held.getString("followUps.fraud.assessment.decision")).isEqualTo("REJECT");
        assertThat(held.getString("followUps.fulfilment.hold.reasonCode")).isEqualTo("fraud_rejected");
        assertThat(held.getBoolean("followUps.fulfilment.hold.final")).isFalse();

        RestAssured.given().auth().oauth2(Tokens.of("fred")).contentType("application/json")
                .body("{\"decision\": \"REJECT\", \"note\": \"System journey.\"}")
                .post(suite.fraud.url() + "/assessments/" + order.orderId() + "/review")
                .then().statusCode(200);

        await().atMost(FOLLOW_UPS).until(() -> shop.order(order.orderId())
                .getBoolean("followUps.fulfilment.hold.final"));
        assertThat(shop.followUp(order.orderId(), "fulfilment")).isEqualTo("HELD");
        assertThat(warehouseRequests(order.orderId())).isZero();
        RestAssured.given().auth().oauth2(Tokens.of("sue")).queryParam("orderId", order.orderId())
                .get(suite.fulfilment.url() + "/shipments")
                .then().statusCode(200).body("[0].state", equalTo("CANCELLED"));
    }

    @Test
    void checkoutsGoOnWhileTheBrokerIsDownAndEveryEventIsHandledOnceAfterwards() throws Exception {
        String sku = shop.newProduct(700);
        List<Shop.Placed> placed;
        Broker.stop();
        try {
            await().atMost(FOLLOW_UPS).until(() -> !suite.fraud.isReady());
            // The outbox keeps the events: order-service stays in the load balancer and takes checkouts.
            assertThat(suite.orders.isReady()).isTrue();
            placed = placeSeveral(sku, 5);
            assertThat(suite.orders.isReady()).isTrue();
        } finally {
            Broker.start();
        }
        for (Shop.Placed order : placed) {
            awaitFollowUps(order, "DONE");
            assertThat(emailsTo(order.email())).hasSize(1);
        }
        assertThat(unitsSold(sku)).isEqualTo(5);
    }

    @Test
    void aWorkerKilledMidBurstLosesNothingAndCountsNothingTwice() throws Exception {
        String sku = shop.newProduct(300);
        List<Shop.Placed> burst = placeSeveral(sku, 40);
        await().atMost(FOLLOW_UPS).until(() -> unitsSold(sku) > 0);

        suite.analytics.kill();
        suite.fulfilment.kill();
        suite.analytics.start();
        suite.fulfilment.start();

        for (Shop.Placed order : burst) {
            await().atMost(FOLLOW_UPS).until(() -> "DONE".equals(shop.followUp(order.orderId(), "analytics"))
                    && "DONE".equals(shop.followUp(order.orderId(), "fulfilment")));
            // One shipment and one fulfilment.requested per order. (The embedded warehouse's request counts died with
            // the process; the tests of fulfilment-worker count them under redelivery.)
            assertThat(fulfilmentRecords(order.orderId())).as(order.orderId()).containsExactly(1, 1);
        }
        assertThat(unitsSold(sku)).isEqualTo(burst.size());
    }

    @Test
    void aSlowMailServerDoesNotSlowCheckout() throws Exception {
        String sku = shop.newProduct(450);
        List<Shop.Placed> fast = placeSeveral(sku, 7);
        awaitFollowUps(fast.get(fast.size() - 1), "DONE");

        suite.slowSmtp.delay(Duration.ofMillis(1500));
        List<Shop.Placed> slow = placeSeveral(sku, 7);

        assertThat(Shop.median(slow)).isLessThanOrEqualTo(Shop.median(fast).multipliedBy(3).plusMillis(50));
        Instant placedAt = Instant.now();
        for (Shop.Placed order : slow) {
            await().atMost(FOLLOW_UPS).until(() -> emailsTo(order.email()).size() == 1);
        }
        // The mail server's delay landed on the workers, after checkout had answered.
        assertThat(Duration.between(placedAt, Instant.now())).isGreaterThan(Duration.ofMillis(1500));
    }

    @Test
    void aPoisonEventIsParkedByEveryWorkerWhileGoodOrdersFlow() throws Exception {
        String poison = UUID.randomUUID().toString();
        Broker.publish("order.placed", poison, "{\"eventId\": \"" + poison + "\", \"eventType\": \"order.placed\"}");
        Shop.Placed good = shop.place(shop.newProduct(100), 1);

        awaitFollowUps(good, "DONE");
        for (ServiceProcess worker : List.of(suite.email, suite.fraud, suite.analytics, suite.fulfilment)) {
            String consumer = worker.module().replace("-worker", "");
            await().atMost(FOLLOW_UPS).untilAsserted(() -> RestAssured.given().auth().oauth2(Tokens.of("sam"))
                    .get(worker.url() + "/admin/dlq/" + consumer + "/messages/" + poison)
                    .then().statusCode(200));
        }
    }

    private List<Shop.Placed> placeSeveral(String sku, int count) throws Exception {
        ExecutorService shoppers = Executors.newFixedThreadPool(1);
        try {
            List<Future<Shop.Placed>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(shoppers.submit(() -> shop.place(sku, 1)));
            }
            List<Shop.Placed> placed = new ArrayList<>();
            for (Future<Shop.Placed> future : futures) {
                placed.add(future.get());
            }
            return placed;
        } finally {
            shoppers.shutdown();
        }
    }

    private void awaitFollowUps(Shop.Placed order, String state) {
        await().atMost(FOLLOW_UPS).until(() -> List.of("email", "fraud", "analytics", "fulfilment").stream()
                .allMatch(f -> state.equals(shop.followUp(order.orderId(), f))));
    }

    private List<MimeMessage> emailsTo(String address) {
        return Arrays.stream(suite.smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    /** The one application/pdf part of an email, decoded. */
    private static byte[] pdfAttachment(MimeMessage email) throws Exception {
        Multipart parts = (Multipart) email.getContent();
        List<byte[]> pdfs = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("application/pdf")) {
                try (InputStream content = part.getInputStream()) {
                    pdfs.add(content.readAllBytes());
                }
            }
        }
        assertThat(pdfs).as("application/pdf parts").hasSize(1);
        return pdfs.get(0);
    }

    /** The traceparent stored with the outcome event a worker recorded for the order, from its own outbox. */
    private static String outcomeTraceparent(String worker, String orderId) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + worker + "_system",
                worker, worker);
             PreparedStatement query = db.prepareStatement(
                     "select traceparent from outbox_message where correlation_id = ? order by id limit 1")) {
            query.setString(1, orderId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** How often the fulfilment worker's embedded warehouse was asked to ship the order (its idempotency key). */
    private int warehouseRequests(String orderId) {
        return RestAssured.given().queryParam("idempotencyKey", orderId)
                .get(suite.fulfilment.url() + "/warehouse/v1/shipments/requests")
                .then().statusCode(200).extract().jsonPath().getInt("requests");
    }

    /** Shipments the fulfilment worker recorded for the order, and fulfilment.requested events in its outbox. */
    private static long[] fulfilmentRecords(String orderId) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/fulfilment_system",
                "fulfilment", "fulfilment");
             PreparedStatement query = db.prepareStatement("""
                     select (select count(*) from shipment where order_id::text = ? and state = 'REQUESTED'),
                            (select count(*) from outbox_message where correlation_id = ?
                                and event_type = 'fulfilment.requested')""")) {
            query.setString(1, orderId);
            query.setString(2, orderId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return new long[]{rows.getLong(1), rows.getLong(2)};
            }
        }
    }

    /** Straight from the analytics worker's own tables: exact, whatever else was sold today. */
    private long unitsSold(String sku) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/analytics_system",
                "analytics", "analytics");
             PreparedStatement query = db.prepareStatement(
                     "select coalesce(sum(units), 0) from product_sales_daily where sku = ?")) {
            query.setString(1, sku);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
