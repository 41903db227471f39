package dev.checkout.order.api;

import dev.checkout.testsupport.HttpLayerContract;
import dev.checkout.testsupport.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static dev.checkout.order.fixtures.OrderApi.as;
import static dev.checkout.order.fixtures.OrderApi.catalogAdmin;
import static dev.checkout.order.fixtures.OrderApi.product;
import static dev.checkout.order.fixtures.OrderApi.stockOf;
import static dev.checkout.testsupport.HostileInput.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests to the order service, family by family: the HTTP layer's (from the shared contract), then bodies
 * with wrong types, control characters, lone surrogates, blank-looking names and bytes that are not UTF-8, paging
 * that would overflow, and unusable Idempotency-Keys. Each is a 4xx problem document naming what was wrong, and none
 * reserves stock (nothing is written).
 */
@QuarkusTest
class HostileInputTest extends HttpLayerContract {

    private String sku;

    @Override
    protected String readTarget() {
        return "/orders";
    }

    @Override
    protected String reader() {
        return "ann";
    }

    @Override
    protected long maxBodyBytes() {
        return 256 * 1024;
    }

    @BeforeEach
    void aProductInStock() {
        sku = product("HOSTILE", 1000, "EUR", 5);
    }

    private String order(String name, String line1, String postalCodeJson) {
        return """
                {"customer": {"id": "c-1", "email": "ada@example.com", "name": %s},
                 "lines": [{"sku": "%s", "quantity": 1}],
                 "shippingAddress": {"line1": %s, "city": "Berlin", "postalCode": %s, "country": "DE"},
                 "payment": {"token": "tok_visa"}}""".formatted(name, sku, line1, postalCodeJson);
    }

    private String withName(String nameJson) {
        return order(nameJson, "\"1 Main St\"", "\"10115\"");
    }

    private JsonPath refusedOrder(byte[] body, String contentType, int status, String how) {
        JsonPath problem = refused(RawHttp.send("POST", "/orders", body, "Content-Type: " + contentType), status, how);
        assertThat(stockOf(sku)).as("%s reserved nothing", how).isEqualTo(5);
        return problem;
    }

    private JsonPath refusedOrder(String body, int status, String how) {
        return refusedOrder(body.getBytes(StandardCharsets.UTF_8), "application/json", status, how);
    }

    static Stream<Arguments> unstorableNames() {
        return Stream.of(
                Arguments.of("\"A\\u0000da\"", "contains a NUL character"),
                Arguments.of("\"A\\u0001da\"", "contains a control character"),
                Arguments.of("\"A\\u001bda\"", "contains a control character"),
                Arguments.of("\"A\\u007fda\"", "contains a control character"),
                Arguments.of("\"A\\u0085da\"", "contains a control character"),
                Arguments.of("\"A\\u009bda\"", "contains a control character"),
                Arguments.of("\"Ada\\ud800\"", "contains an unpaired surrogate"),
                Arguments.of("\"\\udc00Ada\"", "contains an unpaired surrogate"),
                Arguments.of("\"\\udc00\\ud800\"", "contains an unpaired surrogate"));
    }

    @ParameterizedTest(name = "name {0}")
    @MethodSource("unstorableNames")
    void refusesTextThatCannotBeStored(String nameJson, String reason) {
        JsonPath problem = refusedOrder(withName(nameJson), 400, nameJson);
        assertThat(problem.getString("code")).isEqualTo("malformed_json");
        assertThat(problem.getList("errors.field", String.class)).containsExactly("customer.name");
        assertThat(problem.getList("errors.message", String.class)).containsExactly(reason);
    }

    @ParameterizedTest(name = "name {0}")
    @ValueSource(strings = {"\" \"", "\"\\u00a0\"", "\"\\u200b\"", "\"\\u00a0\\u200b\\u2003\"", "\"\\ufeff\"",
            "\"\\u2060\\u3000\"", "\"Ada\\nLovelace\"", "\"Ada\\tLovelace\"", "\"Ada\\r\""})
    void refusesNamesThatAreBlankLookingOrNotOneLine(String nameJson) {
        JsonPath problem = refusedOrder(withName(nameJson), 400, nameJson);
        assertThat(problem.getString("code")).isEqualTo("validation_failed");
        assertThat(problem.getList("errors.field", String.class)).contains("customer.name");
    }

    @Test
    void refusesABlankLookingAddressLine() {
        JsonPath problem = refusedOrder(order("\"Ada\"", "\"\\u200b\\u00a0\"", "\"10115\""), 400, "zero-width line1");
        assertThat(problem.getList("errors.field", String.class)).contains("shippingAddress.line1");
    }

    // UK and EU are reserved, ZZ and XX user-assigned: none names a country, and the order.placed contract carries none.
    @ParameterizedTest(name = "country {0}")
    @ValueSource(strings = {"ZZ", "XX", "AA", "UK", "EU", "de", "DEU"})
    void refusesCountriesThatAreNoAssignedIsoCode(String country) {
        String body = order("\"Ada\"", "\"1 Main St\"", "\"10115\"")
                .replace("\"country\": \"DE\"", "\"country\": \"" + country + "\"");
        JsonPath problem = refusedOrder(body, 400, country);
        assertThat(problem.getList("errors.field", String.class)).containsOnly("shippingAddress.country");
        // Once, with the field's own constraint's message: the contract's check of the whole address waits for it.
        assertThat(problem.getList("errors.message", String.class))
                .containsExactly("must be an assigned ISO 3166-1 alpha-2 code such as DE");
    }

    // A test code, a precious metal, a withdrawn currency, a made-up one: a price is in a currency people pay in.
    @ParameterizedTest(name = "currency {0}")
    @ValueSource(strings = {"ZZZ", "XTS", "XAU", "DEM", "eur", "EURO"})
    void refusesCurrenciesNotInCirculation(String currency) {
        String body = "{\"name\": \"Mug\", \"priceMinor\": 1, \"currency\": \"" + currency + "\", \"stock\": 0}";
        JsonPath problem = refused(catalogAdmin().contentType("application/json").body(body).put("/products/" + sku),
                400, currency);
        assertThat(problem.getList("errors.field", String.class)).containsOnly("currency");
        assertThat(stockOf(sku)).isEqualTo(5);
    }

    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                Arguments.of("\"name\": \"Ada\"", "\"name\": false", "customer.name"),
                Arguments.of("\"name\": \"Ada\"", "\"name\": 42", "customer.name"),
                Arguments.of("\"name\": \"Ada\"", "\"name\": [\"Ada\"]", "customer.name"),
                Arguments.of("\"name\": \"Ada\"", "\"name\": {\"first\": \"Ada\"}", "customer.name"),
                Arguments.of("\"postalCode\": \"10115\"", "\"postalCode\": 10115", "shippingAddress.postalCode"),
                Arguments.of("\"quantity\": 1", "\"quantity\": \"1\"", "lines[0].quantity"),
                Arguments.of("\"quantity\": 1", "\"quantity\": 1.5", "lines[0].quantity"),
                Arguments.of("\"quantity\": 1", "\"quantity\": 1e400", "lines[0].quantity"),
                Arguments.of("\"quantity\": 1", "\"quantity\": 99999999999999999999", "lines[0].quantity"),
                Arguments.of("\"quantity\": 1", "\"quantity\": true", "lines[0].quantity"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("wrongTypes")
    void refusesValuesOfTheWrongType(String valid, String hostile, String field) {
        String body = withName("\"Ada\"").replace(valid, hostile);
        assertThat(body).contains(hostile);
        JsonPath problem = refusedOrder(body, 400, hostile);
        assertThat(problem.getString("code")).isEqualTo("malformed_json");
        assertThat(problem.getList("errors.field", String.class)).containsExactly(field);
    }

    @ParameterizedTest(name = "body {0}")
    @ValueSource(strings = {"", "{", "[]", "null", "\"order\"", "{} {}", "{\"customer\": }", "{'a': 1}",
            "{\"customer\": {\"name\": \"Ada\"}} trailing"})
    void refusesBodiesThatAreNoOrder(String body) {
        refusedOrder(body, 400, "body " + body);
    }

    static Stream<Arguments> notUtf8() {
        return Stream.of(
                Arguments.of("a lone continuation byte", new byte[]{(byte) 0x80}),
                Arguments.of("an invalid start byte", new byte[]{(byte) 0xFF}),
                Arguments.of("a truncated sequence", new byte[]{(byte) 0xC3}),
                Arguments.of("an overlong '/'", new byte[]{(byte) 0xC0, (byte) 0xAF}),
                Arguments.of("an overlong NUL", new byte[]{(byte) 0xC0, (byte) 0x80}),
                Arguments.of("a three-byte overlong", new byte[]{(byte) 0xE0, (byte) 0x80, (byte) 0xAF}),
                Arguments.of("an encoded surrogate", new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                Arguments.of("Latin-1 é", new byte[]{(byte) 0xE9}));
    }

    @ParameterizedTest(name = "a name with {0}")
    @MethodSource("notUtf8")
    void refusesBodiesThatAreNotUtf8(String what, byte[] bytes) {
        String[] parts = withName("\"A@@da\"").split("@@");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
        refusedOrder(body.toByteArray(), "application/json", 400, what);
    }

    @ParameterizedTest(name = "Content-Type {0}")
    @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data"})
    void refusesOtherMediaTypes(String contentType) {
        refusedOrder(withName("\"Ada\"").getBytes(StandardCharsets.UTF_8), contentType, 415, contentType);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"page=2147483647&size=100", "page=10001", "page=-1", "size=0", "size=101",
            "size=2147483647", "page=99999999999", "page=1.5", "page=abc", "page=0x10", "size=1e2"})
    void boundsPaging(String query) {
        JsonPath products = refused(RestAssured.given().urlEncodingEnabled(false).get("/products?" + query), 400,
                "/products?" + query);
        JsonPath orders = refused(as("ann").urlEncodingEnabled(false).get("/orders?" + query), 400,
                "/orders?" + query);
        String parameter = query.substring(0, query.indexOf('='));
        for (JsonPath problem : new JsonPath[]{products, orders}) {
            assertThat(problem.getString("detail")).as(query).contains(parameter);
        }
    }

    @Test
    void servesTheLastDocumentedPage() {
        RestAssured.given().get("/products?page=10000&size=100").then().statusCode(200);
    }

    // Surrounding spaces are not part of a header's value (RFC 9110), so " " is an empty key; \u00e9 goes out as
    // the single byte E9.
    @ParameterizedTest(name = "Idempotency-Key [{0}]")
    @ValueSource(strings = {"", " ", "\u00e9t\u00e9", "a\u00a0b", "key\u0085"})
    void refusesUnusableIdempotencyKeys(String key) {
        byte[] body = withName("\"Ada\"").getBytes(StandardCharsets.UTF_8);
        JsonPath problem = refused(RawHttp.send("POST", "/orders", body, "Content-Type: application/json",
                "Idempotency-Key: " + key), 400, "Idempotency-Key [" + key + "]");
        assertThat(problem.getString("code")).isEqualTo("invalid_idempotency_key");
        assertThat(stockOf(sku)).isEqualTo(5);
    }

    @ParameterizedTest(name = "product name {0}")
    @ValueSource(strings = {"\"\\u0000\"", "\"\\u200b\"", "\"Mug\\nDROP\"", "\"\\ud83d\""})
    void refusesUnstorableProductNames(String nameJson) {
        String body = "{\"name\": " + nameJson + ", \"priceMinor\": 1, \"currency\": \"EUR\", \"stock\": 0}";
        refused(catalogAdmin().contentType("application/json").body(body).put("/products/" + sku), 400, nameJson);
        assertThat(stockOf(sku)).isEqualTo(5);
    }
}
