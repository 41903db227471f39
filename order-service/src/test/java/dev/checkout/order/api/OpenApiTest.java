package dev.checkout.order.api;

import dev.checkout.testsupport.ManagementInterface;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document describes every endpoint and every answer it gives, each with an example, the problem document
 * as it is sent, and who may call each operation.
 */
@QuarkusTest
class OpenApiTest {

    // The messaging library's dead-letter admin API, which every service serves.
    private static final int DEAD_LETTER_OPERATIONS = 7;

    // What the resources declare, and what every operation can answer besides (ApiDocument, http-problems): 400 for
    // an unusable target, 406, 414, 431, 500 and 503 everywhere; 401/403 where a token is needed; 404 where a path
    // names a resource; 413/415 where there is a body.
    private static final Map<String, List<String>> DOCUMENTED = Map.ofEntries(
            Map.entry("/orders.post", statuses("201 400 401 402 403 406 409 413 414 415 422 431 500 503")),
            Map.entry("/orders.get", statuses("200 400 401 403 406 414 431 500 503")),
            Map.entry("/orders/{id}.get", statuses("200 400 401 403 404 406 414 431 500 503")),
            Map.entry("/orders/{id}/timeline.get", statuses("200 400 401 403 404 406 414 431 500 503")),
            Map.entry("/orders/{id}/events.get", statuses("200 400 401 403 404 406 414 431 500 503")),
            Map.entry("/orders/{id}/receipt.get", statuses("200 400 401 403 404 406 414 431 500 503")),
            Map.entry("/products.get", statuses("200 400 406 414 431 500 503")),
            Map.entry("/products/{sku}.get", statuses("200 400 404 406 414 431 500 503")),
            Map.entry("/products/{sku}.put", statuses("200 201 400 401 403 404 406 413 414 415 431 500 503")),
            Map.entry("/v1/charges.post", statuses("201 400 402 404 406 413 414 415 422 431 500 503")),
            Map.entry("/v1/charges.get", statuses("200 400 404 406 414 431 500 503")));

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

    @Test
    void theProblemSchemaIsTheDocumentAsSentWithItsExtensionMembersAtTheTopLevel() {
        JsonPath api = api();
        String problem = "components.schemas.Problem";

        assertThat(api.getList(problem + ".required", String.class))
                .containsExactlyInAnyOrder("type", "title", "status", "code", "detail");
        assertThat(api.getBoolean(problem + ".additionalProperties")).isFalse();
        assertThat(api.getMap(problem + ".properties")).containsKeys("instance", "errors", "skus", "currencies",
                "orderId", "declineCode", "maxBytes", "maxLength", "errorId").doesNotContainKey("extensions");
        assertThat(api.getString(problem + ".properties.errors.items.$ref"))
                .isEqualTo("#/components/schemas/FieldError");
    }

    @Test
    void everyOperationHasAUniqueCamelCaseOperationId() {
        List<String> ids = operations(api()).stream().map(operation -> (String) operation.get("operationId")).toList();

        assertThat(ids).hasSize(DOCUMENTED.size() + DEAD_LETTER_OPERATIONS).doesNotHaveDuplicates()
                .allMatch(id -> id != null && id.matches("^[a-z][a-zA-Z]+$"), "camelCase");
    }

    @Test
    void declaresTheRealmAsOpenIdConnectAndWhoMayCallEachOperation() {
        JsonPath api = api();

        assertThat(api.getString("components.securitySchemes.oidc.type")).isEqualTo("openIdConnect");
        assertThat(api.getString("components.securitySchemes.oidc.openIdConnectUrl")).isEqualTo(
                ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class)
                        + "/.well-known/openid-configuration");
        assertThat(api.getList("paths.'/orders'.get.security.oidc")).containsExactly(List.of("customer"));
        assertThat(api.getList("paths.'/products/{sku}'.put.security.oidc")).containsExactly(List.of("catalog-admin"));
        assertThat(api.getList("paths.'/admin/dlq'.get.security.oidc")).containsExactly(List.of("sre"));
        // Public: no token needed, and a signed-in customer's token is taken.
        assertThat(api.getList("paths.'/orders'.post.security")).containsExactly(Map.of(), Map.of("oidc", List.of()));
        assertThat(api.getList("paths.'/products'.get.security")).containsExactly(Map.of(), Map.of("oidc", List.of()));
    }

    @Test
    void everyErrorAnswerIsAProblemDocument() {
        operations(api()).forEach(operation -> {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            responses.entrySet().stream().filter(response -> response.getKey().compareTo("400") >= 0)
                    .forEach(response -> assertThat(((Map<?, ?>) response.getValue().get("content"))
                            .containsKey("application/problem+json"))
                            .as(operation.get("operationId") + " " + response.getKey()).isTrue());
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> operations(JsonPath api) {
        Map<String, Map<String, Object>> paths = api.getMap("paths");
        return paths.values().stream().flatMap(item -> item.values().stream())
                .filter(Map.class::isInstance).map(operation -> (Map<String, Object>) operation)
                .filter(operation -> operation.containsKey("responses")).toList();
    }

    private static List<String> statuses(String statuses) {
        return List.of(statuses.split(" "));
    }

    private static JsonPath api() {
        return RestAssured.given().accept("application/json").get(ManagementInterface.url("/q/openapi"))
                .then().statusCode(200).extract().jsonPath();
    }
}
