package dev.checkout.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The way in: prod's HTTPRoute (Gateway API) and dev's Ingress route the public order API, orders and the catalog,
 * to order-service's API port, and nothing else: no health, metrics, OpenAPI or dead-letter admin path.
 */
class PublicRouteTest {

    private static final List<String> PUBLIC_PREFIXES = List.of("/orders", "/products", "/shop", "/web", "/console");

    @Test
    void prodRoutesOnlyTheOrderApiThroughTheGateway() {
        List<ObjectNode> objects = Repo.render("prod");
        ObjectNode route = Repo.get(objects, "HTTPRoute", "order-api");

        assertThat(route.path("spec").path("parentRefs")).isNotEmpty();
        JsonNode rules = route.path("spec").path("rules");
        assertThat(rules.findValues("path")).extracting(path -> path.path("type").asText() + " " + path.path("value").asText())
                .containsExactlyInAnyOrderElementsOf(PUBLIC_PREFIXES.stream().map(prefix -> "PathPrefix " + prefix).toList());
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

    /**
     * The dead-letter admin API ({@code /admin/dlq} on each service's API port) is never routed from outside: no
     * HTTPRoute or Ingress of any overlay has a rule that could match a path under {@code /admin} (a rule without a
     * path matches every path).
     */
    @Test
    void noRouteOrIngressPathReachesTheAdminApi() {
        List<String> exposing = new ArrayList<>();
        Repo.overlays().forEach(overlay -> {
            for (ObjectNode route : Repo.ofKind(Repo.render(overlay), "HTTPRoute")) {
                for (JsonNode rule : route.path("spec").path("rules")) {
                    if (rule.path("matches").isEmpty()) {
                        exposing.add(overlay + " " + Repo.id(route) + ": a rule without matches");
                    }
                    for (JsonNode match : rule.path("matches")) {
                        JsonNode path = match.path("path");
                        String type = path.path("type").asText("PathPrefix");
                        String value = path.path("value").asText("/");
                        if (type.equals("RegularExpression") || reaches(type, value, ADMIN)) {
                            exposing.add(overlay + " " + Repo.id(route) + ": " + type + " " + value);
                        }
                    }
                }
            }
            for (ObjectNode ingress : Repo.ofKind(Repo.render(overlay), "Ingress")) {
                if (ingress.path("spec").has("defaultBackend")) {
                    exposing.add(overlay + " " + Repo.id(ingress) + ": a default backend");
                }
                for (JsonNode path : ingress.path("spec").path("rules").findValues("paths")) {
                    for (JsonNode p : path) {
                        String type = p.path("pathType").asText().equals("Exact") ? "Exact" : "PathPrefix";
                        if (p.path("pathType").asText().equals("ImplementationSpecific")
                                || reaches(type, p.path("path").asText("/"), ADMIN)) {
                            exposing.add(overlay + " " + Repo.id(ingress) + ": " + p.path("path").asText());
                        }
                    }
                }
            }
        });

        assertThat(exposing).as("route rules that reach %s", ADMIN).isEmpty();
    }

    @Test
    void theAdminCheckIsNotVacuous() {
        assertThat(reaches("PathPrefix", "/", ADMIN)).isTrue();
        assertThat(reaches("PathPrefix", "/admin", ADMIN)).isTrue();
        assertThat(reaches("PathPrefix", "/admin/", ADMIN)).isTrue();
        assertThat(reaches("PathPrefix", "/admin/dlq", ADMIN)).isTrue();
        assertThat(reaches("Exact", "/admin/dlq", ADMIN)).isTrue();
        assertThat(reaches("PathPrefix", "/adm", ADMIN)).isFalse();
        assertThat(reaches("PathPrefix", "/administration", ADMIN)).isFalse();
        assertThat(reaches("PathPrefix", "/orders", ADMIN)).isFalse();
        assertThat(reaches("Exact", "/", ADMIN)).isFalse();
    }

    /**
     * The services' API ports, where /admin/dlq lives, take connections from inside the cluster only: order-service's
     * from any pod (the Gateway's included), the email-worker's from order-service alone (receipts), the other workers'
     * from nobody (their APIs are reached with kubectl port-forward, which network policies do not see). Only Prometheus reaches the management ports.
     */
    @Test
    void apiPortsAcceptNoCallerFromOutsideTheCluster() {
        List<ObjectNode> policies = Repo.ofKind(Repo.render("prod"), "NetworkPolicy");
        for (String service : Repo.SERVICES) {
            List<JsonNode> apiRules = new ArrayList<>();
            for (ObjectNode policy : policies) {
                JsonNode selector = policy.path("spec").path("podSelector");
                boolean selects = selector.path("matchLabels").path("app.kubernetes.io/name").asText().equals(service)
                        || selector.isEmpty() || selector.path("matchLabels").isEmpty() && selector.path("matchExpressions").isEmpty();
                if (!selects) {
                    continue;
                }
                for (JsonNode rule : policy.path("spec").path("ingress")) {
                    boolean toApi = rule.path("ports").isEmpty() || rule.path("ports").findValuesAsText("port").contains("http");
                    if (toApi) {
                        apiRules.add(rule);
                    }
                }
            }
            if (service.equals("order-service")) {
                assertThat(apiRules).as("rules letting callers reach order-service's API port").isNotEmpty();
            } else {
                // order-service alone: it fetches receipts from the email-worker (GET /receipts/{orderId}, role
                // receipt-reader), and its dead-letter console calls every worker's /admin/dlq with the SRE's token.
                assertThat(apiRules).as("rules letting callers reach %s's API port", service).singleElement()
                        .satisfies(rule -> assertThat(rule.path("from").findValuesAsText("app.kubernetes.io/name"))
                                .containsExactly("order-service"));
            }
            for (JsonNode rule : apiRules) {
                assertThat(rule.path("from")).as("%s API port: sources", service).isNotEmpty();
                assertThat(rule.path("from").findValues("ipBlock")).as("%s API port: addresses", service).isEmpty();
            }
        }
    }

    private static final String ADMIN = "/admin";

    /** Whether a Gateway API path match of this type and value matches some path in the area (e.g. /admin/...). */
    private static boolean reaches(String type, String value, String area) {
        boolean inArea = value.equals(area) || value.startsWith(area + "/");
        if (type.equals("Exact")) {
            return inArea;
        }
        String prefix = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        return inArea || prefix.isEmpty() || area.startsWith(prefix + "/");
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
