package dev.checkout.testsupport;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The response check that every service's tests rely on fails a test when an answer is not what the served document
 * says, whether RestAssured or {@link RawHttp} read it; this test application serves the dead-letter API's document.
 */
@QuarkusTest
class OpenApiResponsesTest {

    private static final String SRE = "Authorization: Basic "
            + Base64.getEncoder().encodeToString("sre:sre-secret".getBytes(StandardCharsets.UTF_8));

    @Test
    void everyRestAssuredRequestIsChecked() {
        assertThat(RestAssured.filters()).anyMatch(OpenApiValidationFilter.class::isInstance);
    }

    @Test
    void aDocumentedRawAnswerPasses() {
        assertThat(RawHttp.get("/admin/dlq", SRE).status()).isEqualTo(200);
    }

    @Test
    void aBareStatusWithoutItsProblemDocumentFails() {
        // What Quarkus' HTTP root used to answer to a target that is not a URI.
        assertThatThrownBy(() -> OpenApiResponses.check("GET", "/admin/dlq",
                new RawHttp.Answer(400, Map.of("content-length", "0"), "")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("not what the OpenAPI document says");
    }

    @Test
    void aProblemDocumentOfAnotherShapeFails() {
        assertThatThrownBy(() -> OpenApiResponses.check("GET", "/admin/dlq", new RawHttp.Answer(401,
                Map.of("content-type", "application/problem+json", "www-authenticate", "Bearer"),
                "{\"error\": \"unauthorized\"}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("not what the OpenAPI document says");
    }

    @Test
    void aBodyOfAnotherTypeFails() {
        // The validator checks no type in a 3.1 document: this passed until the document was read as 3.0.
        assertThatThrownBy(() -> OpenApiResponses.check("GET", "/admin/dlq",
                new RawHttp.Answer(200, Map.of("content-type", "application/json"), "42")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("allowed: [\"array\"]");
    }

    @Test
    void anUndocumentedStatusFails() {
        assertThatThrownBy(() -> OpenApiResponses.check("GET", "/admin/dlq",
                new RawHttp.Answer(418, Map.of("content-type", "application/problem+json"), "{}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("not what the OpenAPI document says");
    }
}
