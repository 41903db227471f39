package dev.checkout.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The way in: prod's HTTPRoute (Gateway API) and dev's Ingress route the public order API, orders and the catalog,
 * to order-service's API port, and nothing else: no health, metrics, OpenAPI or dead-letter admin path.
 */
class PublicRouteTest {

    private static final List<String> PUBLIC_PREFIXES = List.of("/orders", "/products");

    @Test
    void prodRoutesOnlyTheOrderApiThroughTheGateway() {
        List<ObjectNode> objects = Repo.render("prod");
        ObjectNode route = Repo.get(objects, "HTTPRoute", "order-api");

        assertThat(route.path("spec").path("parentRefs")).isNotEmpty();
        JsonNode rules = route.path("spec").path("rules");
        assertThat(rules.findValues("path")).extracting(path -> path.path("type").asText() + " " + path.path("value").asText())
                .containsExactlyInAnyOrder("PathPrefix /orders", "PathPrefix /products");
        for (JsonNode backend : rules.findValues("backendRefs")) {
            assertThat(backend).hasSize(1);
            assertThat(backend.get(0).path("name").asText()).isEqualTo("order-service");
            assertThat(backend.get(0).path("port").asInt()).isEqualTo(apiPort(objects));
        }
    }

    @Test
    void devRoutesOnlyTheOrderApiThroughAnIngress() {
        List<ObjectNode> objects = Repo.render("dev");
        ObjectNode ingress = Repo.get(objects, "Ingress", "order-api");

        JsonNode paths = ingress.path("spec").path("rules").findValues("paths").get(0);
        assertThat(paths).extracting(path -> path.path("path").asText()).containsExactlyInAnyOrderElementsOf(PUBLIC_PREFIXES);
        for (JsonNode path : paths) {
            assertThat(path.path("pathType").asText()).isEqualTo("Prefix");
            JsonNode service = path.path("backend").path("service");
            assertThat(service.path("name").asText()).isEqualTo("order-service");
            assertThat(service.path("port").path("name").asText()).isEqualTo("http");
        }
    }

    /** The port of order-service's Service named http: the API, not the management interface. */
    private static int apiPort(List<ObjectNode> objects) {
        for (JsonNode port : Repo.get(objects, "Service", "order-service").path("spec").path("ports")) {
            if (port.path("name").asText().equals("http")) {
                return port.path("port").asInt();
            }
        }
        throw new AssertionError("order-service has no Service port named http");
    }
}
