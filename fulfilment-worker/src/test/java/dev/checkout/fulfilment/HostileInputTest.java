package dev.checkout.fulfilment;

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
 * Hostile requests to the fulfilment-worker: the HTTP layer's families (shared contract), then order and shipment
 * ids that are not ids. Each is a 4xx problem document; a bad query parameter is named.
 */
@QuarkusTest
class HostileInputTest extends HttpLayerContract {

    @Override
    protected String readTarget() {
        return "/shipments?orderId=7c9e6679-7425-40de-944b-e07fc1f90ae7";
    }

    @Override
    protected String reader() {
        return "sue";
    }

    @ParameterizedTest(name = "orderId={0}")
    @ValueSource(strings = {"", "1", "7c9e6679-7425-40de-944b-e07fc1f90ae7x", "1-1-1-1-1", "%20"})
    void refusesAnOrderIdThatIsNoId(String orderId) {
        String target = "/shipments?orderId=" + orderId;
        JsonPath problem = refused(RawHttp.get(target, "Authorization: Bearer " + Tokens.of("sue")), 400, target);
        assertThat(problem.getString("code")).isEqualTo("validation_failed");
        assertThat(problem.getList("errors.field", String.class)).contains("orderId");
    }
}
