package dev.checkout.order.api;

import dev.checkout.testsupport.ManagementInterface;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document describes every endpoint and every answer it gives, each with an example. */
@QuarkusTest
class OpenApiTest {

    private static final Map<String, List<String>> DOCUMENTED = Map.ofEntries(
            Map.entry("/orders.post", List.of("201", "400", "401", "402", "403", "409", "413", "415", "422", "503")),
            Map.entry("/orders.get", List.of("200", "400", "401", "403")),
            Map.entry("/orders/{id}.get", List.of("200", "401", "403", "404")),
            Map.entry("/orders/{id}/timeline.get", List.of("200", "401", "403", "404")),
            Map.entry("/orders/{id}/events.get", List.of("200", "400", "401", "403", "404")),
            Map.entry("/orders/{id}/receipt.get", List.of("200", "401", "403", "404", "503")),
            Map.entry("/products.get", List.of("200", "400")),
            Map.entry("/products/{sku}.get", List.of("200", "404")),
            Map.entry("/products/{sku}.put", List.of("200", "201", "400", "401", "403", "413", "415")),
            Map.entry("/v1/charges.post", List.of("201", "400", "402", "404", "422", "503")),
            Map.entry("/v1/charges.get", List.of("200", "400", "404")));

    @Test
    void everyResponseHasAnExample() {
        JsonPath api = api();

        DOCUMENTED.forEach((operation, statuses) -> {
            String path = operation.substring(0, operation.lastIndexOf('.'));
            String method = operation.substring(operation.lastIndexOf('.') + 1);
            Map<String, Map<String, Object>> responses =
                    api.getMap("paths.'" + path + "'." + method + ".responses");
            assertThat(responses).as(operation).containsOnlyKeys(statuses);
            responses.forEach((status, response) -> {
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) response.get("content");
                assertThat(content).as(operation + " " + status).isNotEmpty();
                content.values().forEach(media -> assertThat((Map<?, ?>) media.get("examples"))
                        .as(operation + " " + status + " examples").isNotEmpty());
            });
        });
    }

    @Test
    void documentsTheWebhookAsACallbackOfPlacingAnOrder() {
        JsonPath api = api();

        String callback = "paths.'/orders'.post.callbacks.orderChanged.'{$request.body#/callbackUrl}'.post";
        assertThat(api.getList(callback + ".parameters.name", String.class))
                .containsExactlyInAnyOrder("Webhook-Id", "Webhook-Timestamp", "Webhook-Signature");
        assertThat(api.getMap(callback + ".requestBody.content.'application/json'.examples")).isNotEmpty();
    }

    private static JsonPath api() {
        return RestAssured.given().accept("application/json").get(ManagementInterface.url("/q/openapi"))
                .then().statusCode(200).extract().jsonPath();
    }
}
