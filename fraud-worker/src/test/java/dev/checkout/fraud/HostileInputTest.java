package dev.checkout.fraud;

import dev.checkout.testsupport.HttpLayerContract;
import dev.checkout.testsupport.RawHttp;
import dev.checkout.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static dev.checkout.testsupport.HostileInput.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests to the fraud-worker: the HTTP layer's families (shared contract), paging that would overflow, and
 * review bodies with wrong types or characters no text may hold. Each is a 4xx problem document naming what was
 * wrong; a refused review records nothing (the order stays unassessed: 404).
 */
@QuarkusTest
class HostileInputTest extends HttpLayerContract {

    @Override
    protected String readTarget() {
        return "/assessments";
    }

    @Override
    protected String reader() {
        return "sue";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"page=2147483647&size=100|page", "page=10001|page", "page=-1|page",
            "size=0|size", "size=101|size", "size=2147483648|size", "page=1.5|page", "page=0x10|page",
            "decision=clear|decision", "decision=CLEAR%00|decision"})
    void boundsPagingAndFilters(String query, String parameter) {
        RawHttp.Answer answer = RawHttp.get("/assessments?" + query, "Authorization: Bearer " + Tokens.of("sue"));
        JsonPath problem = refused(answer, 400, query);
        if (problem.getString("code").equals("validation_failed")) {
            assertThat(problem.getList("errors.field", String.class)).contains(parameter);
        } else {
            assertThat(problem.getString("code")).isEqualTo("invalid_request_target");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"decision\": \"CLEAR\", \"note\": \"a\\u0000b\"}",
            "{\"decision\": \"CLEAR\", \"note\": \"a\\u001bb\"}", "{\"decision\": \"CLEAR\", \"note\": \"\\ud800\"}",
            "{\"decision\": \"CLEAR\", \"note\": 42}", "{\"decision\": true}", "{\"decision\": [\"CLEAR\"]}",
            "{\"decision\": \"MAYBE\"}", "{\"decision\": \"CLEAR\\u0000\"}", "{", "[]", "{} trailing"})
    void refusesReviewsThatAreNoDecision(String body) {
        String orderId = UUID.randomUUID().toString();
        RawHttp.Answer answer = RawHttp.send("POST", "/assessments/" + orderId + "/review",
                body.getBytes(StandardCharsets.UTF_8), "Authorization: Bearer " + Tokens.of("fred"),
                "Content-Type: application/json");
        refused(answer, 400, body);
        assertThat(RawHttp.get("/assessments/" + orderId, "Authorization: Bearer " + Tokens.of("sue")).status())
                .as("nothing recorded").isEqualTo(404);
    }

    @ParameterizedTest(name = "review note with {0}")
    @ValueSource(strings = {"\\n", "\\r\\n", "\\t"})
    void aReviewNoteMayHoldLineBreaksAndTabs(String whitespace) {
        String orderId = UUID.randomUUID().toString();
        String body = "{\"decision\": \"CLEAR\", \"note\": \"Called." + whitespace + "Fine.\"}";
        RawHttp.Answer answer = RawHttp.send("POST", "/assessments/" + orderId + "/review",
                body.getBytes(StandardCharsets.UTF_8), "Authorization: Bearer " + Tokens.of("fred"),
                "Content-Type: application/json");
        // Not refused for its text: the order is simply not assessed.
        assertThat(refused(answer, 404, body).getString("code")).isEqualTo("assessment_not_found");
    }
}
