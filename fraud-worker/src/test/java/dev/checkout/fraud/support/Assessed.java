package dev.checkout.fraud.support;

import dev.checkout.testsupport.TestBroker;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** Orders published and their assessments read back through the API. */
public final class Assessed {

    private Assessed() {
    }

    /** Publishes the order.placed event and waits for the worker's assessment of it. */
    public static JsonObject assess(TestBroker broker, JsonObject event) throws Exception {
        broker.publish(event);
        return awaitAssessment(OrderEvents.orderId(event));
    }

    public static JsonObject awaitAssessment(String orderId) {
        Response[] found = new Response[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            found[0] = Callers.support().get("/assessments/{orderId}", orderId);
            return found[0].statusCode() == 200;
        });
        return new JsonObject(found[0].asString());
    }

    /** The names of the rules that fired, as listed. */
    public static List<String> reasons(JsonObject assessment) {
        return assessment.getJsonArray("reasons").stream()
                .map(reason -> ((JsonObject) reason).getString("rule"))
                .toList();
    }
}
