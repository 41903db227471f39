package dev.checkout.order.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.checkout.messaging.contract.EventContract;
import dev.checkout.testsupport.Tokens;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's one contract, as a property: whatever plausible order the API accepts becomes an {@code order.placed}
 * event that the contract every worker validates against accepts, and whatever it refuses is refused with a
 * problem+json that names the offending field; never a 5xx. The requests come from {@link PlausibleOrders}.
 * <p>
 * Runs against a running order-service over HTTP and reads the outbox over JDBC, both named by the system
 * properties below: {@link OrderPlacedContractTest} starts the service and runs this class with jqwik. Its name
 * keeps Surefire from running it alone, without the service.
 */
class OrderPlacedContractProperties {

    static final String BASE_URL = "order-placed-contract.base-url";
    static final String JDBC_URL = "order-placed-contract.jdbc-url";
    static final String DB_USER = "order-placed-contract.db-user";
    static final String DB_PASSWORD = "order-placed-contract.db-password";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final EventContract CONTRACT = new EventContract();
    // A member of the request, or a path into one: customer.email, lines[3].quantity, shippingAddress.line2.
    private static final Pattern REQUEST_FIELD =
            Pattern.compile("(customer|lines|shippingAddress|payment)(\\[\\d+])?(\\.[A-Za-z0-9]+(\\[\\d+])?)*");
    private static final List<String> SKUS = new ArrayList<>();

    @BeforeContainer
    static void stockTheCatalog() throws IOException, InterruptedException {
        // Names of several scripts travel in every order's lines; stock enough for every try at the largest cart.
        for (String name : List.of("Tasse \u2615", "茶碗 \u0645\u0648\u0642", "Cafe\u0301 mug 🙂")) {
            String sku = "PROP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/products/" + sku))
                    .header("Authorization", "Bearer " + Tokens.of("cat"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("name", name,
                            "priceMinor", 1999, "currency", "EUR", "stock", 1_000_000_000))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(put.statusCode()).as("PUT /products/%s: %s", sku, put.body()).isEqualTo(201);
            SKUS.add(sku);
        }
    }

    @Provide
    Arbitrary<Map<String, Object>> plausibleOrders() {
        return PlausibleOrders.requests(SKUS);
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void whatTheApiAcceptsTheContractAccepts(@ForAll("plausibleOrders") Map<String, Object> order) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/orders"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(order), StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
        int status = answer.statusCode();
        Statistics.collect(status == 201 ? "accepted" : "refused");
        // Most tries must reach the event, or the property says little about it.
        Statistics.coverage(coverage -> coverage.check("accepted").percentage(share -> share >= 20));

        assertThat(status).as("answer to %s: %s", order, answer.body()).isBetween(201, 499);
        JsonNode body = JSON.readTree(answer.body());
        if (status == 201) {
            JsonNode event = placedEvent(body.path("id").asText());
            assertThat(CONTRACT.violations("order.placed", 1, event)).as("order.placed %s", event).isEmpty();
            @SuppressWarnings("unchecked")
            Map<String, Object> customer = (Map<String, Object>) order.get("customer");
            assertThat(event.at("/order/customer/email").asText()).isEqualTo(customer.get("email"));
            assertThat(event.at("/order/customer/name").asText()).isEqualTo(customer.get("name"));
        } else {
            assertThat(answer.headers().firstValue("Content-Type")).as("refusal %s", answer.body())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(body.path("status").asInt()).isEqualTo(status);
            List<String> fields = body.path("errors").findValuesAsText("field");
            assertThat(fields).as("fields named by %s", answer.body())
                    .isNotEmpty().allMatch(field -> REQUEST_FIELD.matcher(field).matches());
            // What the generator's refusals are about, in the report: a field refused in most tries hides the rest.
            fields.forEach(field -> Statistics.label("refused field").collect(field.replaceAll("\\[\\d+]", "[]")));
        }
    }

    private static JsonNode placedEvent(String orderId) throws SQLException, IOException {
        try (Connection db = DriverManager.getConnection(System.getProperty(JDBC_URL), System.getProperty(DB_USER),
                System.getProperty(DB_PASSWORD));
             PreparedStatement query = db.prepareStatement("""
                     select payload::text from outbox_message
                      where correlation_id::text = ? and event_type = 'order.placed'""")) {
            query.setString(1, orderId);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("order.placed of %s in the outbox", orderId).isTrue();
                JsonNode event = JSON.readTree(rows.getString(1));
                assertThat(rows.next()).as("a second order.placed of %s", orderId).isFalse();
                return event;
            }
        }
    }

    private static String baseUrl() {
        return System.getProperty(BASE_URL);
    }
}
