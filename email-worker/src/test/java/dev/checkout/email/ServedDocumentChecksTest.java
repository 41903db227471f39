package dev.checkout.email;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The test support checks every RestAssured answer against the served OpenAPI document. */
@QuarkusTest
class ServedDocumentChecksTest {

    @Test
    void everyRestAssuredCallIsChecked() {
        assertThat(RestAssured.filters()).anyMatch(OpenApiValidationFilter.class::isInstance);
    }
}
