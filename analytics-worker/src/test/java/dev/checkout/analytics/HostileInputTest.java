package dev.checkout.analytics;

import dev.checkout.testsupport.HttpLayerContract;
import dev.checkout.testsupport.RawHttp;
import dev.checkout.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.checkout.testsupport.HostileInput.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests to the analytics-worker: the HTTP layer's families (shared contract), then report parameters that
 * overflow, are not dates, or are out of range. Each is a 4xx problem document naming the parameter.
 */
@QuarkusTest
class HostileInputTest extends HttpLayerContract {

    @Override
    protected String readTarget() {
        return "/analytics/summary?from=2025-03-14&to=2025-03-15";
    }

    @Override
    protected String reader() {
        return "ada";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/analytics/summary?from=2025-03-14&to=99999999999-01-01|to",
            "/analytics/summary?from=-999999999-01-01&to=2025-03-15|from",
            "/analytics/summary?from=2025-03-14&to=2025-03-15&granularity=minute|granularity",
            "/analytics/summary?from=2025-03-14&to=2025-03-15&currency=EURO|currency",
            "/analytics/summary?from=2025-03-14%20&to=2025-03-15|from",
            "/analytics/summary?to=2025-03-15|from",
            "/analytics/top-products?from=2025-03-01&to=2025-04-01&limit=2147483648|limit",
            "/analytics/top-products?from=2025-03-01&to=2025-04-01&limit=-1|limit",
            "/analytics/top-products?from=2025-03-01&to=2025-04-01&limit=1e2|limit",
            "/analytics/countries?from=2025-04-01&to=2025-03-01|to"})
    void refusesParametersByName(String target, String parameter) {
        JsonPath problem = refused(RawHttp.get(target, "Authorization: Bearer " + Tokens.of("ada")), 400, target);
        assertThat(problem.getString("code")).isEqualTo("validation_failed");
        assertThat(problem.getList("errors.field", String.class)).contains(parameter);
    }
}
