package dev.checkout.email;

import dev.checkout.testsupport.HttpLayerContract;
import dev.checkout.testsupport.RawHttp;
import dev.checkout.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.checkout.testsupport.HostileInput.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests to the email-worker: the HTTP layer's families (shared contract, on the dead-letter admin API
 * every worker serves), then {@code GET /emails} with order ids that are no UUID, too long, or hold characters no
 * text may hold. Each is a 4xx problem document naming {@code orderId}.
 */
@QuarkusTest
class HostileInputTest extends HttpLayerContract {

    @Override
    protected String readTarget() {
        return "/admin/dlq";
    }

    @Override
    protected String reader() {
        return "sam";
    }

    @ParameterizedTest(name = "orderId={0}")
    @ValueSource(strings = {"", "not-a-uuid", "7c9e6679-7425-40de-944b-e07fc1f90ae7x", "%2520",
            "7c9e6679742540de944be07fc1f90ae7", "-1", "2147483648", "%E2%80%8B", "%C2%A0",
            "7c9e6679-7425-40de-944b-e07fc1f90ae7%0A"})
    void refusesOrderIdsThatAreNoUuid(String orderId) {
        RawHttp.Answer answer = RawHttp.get("/emails?orderId=" + orderId,
                "Authorization: Bearer " + Tokens.of("sue"));
        JsonPath problem = refused(answer, 400, "orderId=" + orderId);
        if (problem.getString("code").equals("validation_failed")) {
            assertThat(problem.getList("errors.field", String.class)).containsExactly("orderId");
        } else {
            assertThat(problem.getString("code")).isEqualTo("invalid_request_target");
        }
    }
}
