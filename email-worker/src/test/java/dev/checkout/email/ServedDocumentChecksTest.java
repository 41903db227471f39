package dev.checkout.email;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import dev.checkout.testsupport.OpenApiResponses;
import dev.checkout.testsupport.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The test support checks every answer against the served OpenAPI document, and an answer the document does not
 * describe fails the test.
 */
@QuarkusTest
class ServedDocumentChecksTest {

    private static final String DELIVERY = """
            {"orderId": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "status": "SENT", "recipient": "ann@example.com",
             "messageId": "<order-7c9e6679-7425-40de-944b-e07fc1f90ae7@checkout.local>", "attempts": 1,
             "failureReason": null, "smtpResponse": null, "sentAt": "2026-11-26T03:00:00Z",
             "createdAt": "2026-11-26T03:00:00Z", "updatedAt": "2026-11-26T03:00:00Z"}""";

    @Test
    void everyRestAssuredCallIsChecked() {
        assertThat(RestAssured.filters()).anyMatch(OpenApiValidationFilter.class::isInstance);
    }

    @Test
    void anAnswerAsDocumentedPasses() {
        assertThatCode(() -> OpenApiResponses.check("GET", "/emails?orderId=x", json(200, DELIVERY)))
                .doesNotThrowAnyException();
    }

    @Test
    void anUndocumentedStatusOrShapeFails() {
        assertThatThrownBy(() -> OpenApiResponses.check("GET", "/emails", json(418, "{}")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> OpenApiResponses.check("GET", "/emails",
                json(200, DELIVERY.replace("\"attempts\": 1", "\"attempts\": \"one\""))))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> OpenApiResponses.check("GET", "/emails",
                answer(404, "application/problem+json", "{\"status\": 404, \"extensions\": {}}")))
                .isInstanceOf(AssertionError.class);
    }

    private static RawHttp.Answer json(int status, String body) {
        return answer(status, "application/json", body);
    }

    private static RawHttp.Answer answer(int status, String type, String body) {
        return new RawHttp.Answer(status, Map.of("content-type", type), body);
    }
}
