package dev.checkout.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracing component (components/tracing): in every overlay that includes it, each service exports its spans
 * over OTLP/gRPC to the collector's Service, whose port leads to the collector's OTLP receiver; the collector batches
 * the spans and prints them (debug exporter); under prod's network policies the services, and only they, reach it.
 */
class TracingTest {

    private static final String COLLECTOR = "otel-collector";

    static List<String> overlays() {
        return Repo.overlays().toList();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceExportsToTheCollectorsGrpcReceiver(String overlay) {
        List<ObjectNode> objects = Repo.render(overlay);
        JsonNode collector = collectorContainer(objects);
        JsonNode servicePorts = Repo.get(objects, "Service", COLLECTOR).path("spec").path("ports");
        for (String service : Repo.SERVICES) {
            JsonNode variable = CodeConsistencyTest.environment(objects, CodeConsistencyTest.appContainer(objects, service))
                    .get("OTEL_EXPORTER_OTLP_ENDPOINT");
            assertThat(variable).as("%s %s: OTEL_EXPORTER_OTLP_ENDPOINT", overlay, service).isNotNull();
            URI endpoint = URI.create(variable.path("value").asText());
            assertThat(endpoint.getScheme() + "://" + endpoint.getHost()).as("%s %s", overlay, service)
                    .isEqualTo("http://" + COLLECTOR);
            JsonNode port = null;
            for (JsonNode p : servicePorts) {
                if (p.path("port").asInt() == endpoint.getPort()) {
                    port = p;
                }
            }
            assertThat(port).as("%s: Service %s has port %d", overlay, COLLECTOR, endpoint.getPort()).isNotNull();
            // Quarkus exports OTLP over gRPC unless told otherwise.
            assertThat(CodeConsistencyTest.resolvePort(collector, port.path("targetPort")))
                    .as("%s: %s leads to the collector's gRPC receiver", overlay, endpoint)
                    .isEqualTo(receiverPort(collectorConfig(objects), "grpc"));
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theCollectorReceivesOtlpBatchesAndPrintsTheSpans(String overlay) {
        List<ObjectNode> objects = Repo.render(overlay);
        JsonNode config = collectorConfig(objects);
        JsonNode collector = collectorContainer(objects);

        assertThat(receiverPort(config, "grpc")).isEqualTo(CodeConsistencyTest.namedPort(collector, "otlp-grpc")
                .path("containerPort").asInt()).isEqualTo(4317);
        assertThat(receiverPort(config, "http")).isEqualTo(CodeConsistencyTest.namedPort(collector, "otlp-http")
                .path("containerPort").asInt()).isEqualTo(4318);
        JsonNode traces = config.path("service").path("pipelines").path("traces");
        assertThat(texts(traces.path("receivers"))).contains("otlp");
        assertThat(texts(traces.path("processors"))).contains("batch");
        assertThat(texts(traces.path("exporters"))).contains("debug");
        for (String exporter : texts(traces.path("exporters"))) {
            assertThat(config.path("exporters").has(exporter)).as("exporter %s is configured", exporter).isTrue();
        }
        // The probes ask the health_check extension.
        String health = config.path("extensions").path("health_check").path("endpoint").asText();
        assertThat(texts(config.path("service").path("extensions"))).contains("health_check");
        for (String probe : List.of("livenessProbe", "readinessProbe")) {
            assertThat(CodeConsistencyTest.resolvePort(collector, collector.path(probe).path("httpGet").path("port")))
                    .as("%s %s port", overlay, probe).isEqualTo(Integer.parseInt(health.substring(health.lastIndexOf(':') + 1)));
        }
    }

    @Test
    void prodLetsTheServicesAndOnlyThemReachTheCollector() {
        List<ObjectNode> objects = Repo.render("prod");
        List<ObjectNode> policies = Repo.ofKind(objects, "NetworkPolicy");
        Map<String, String> collectorLabels = Map.of("app.kubernetes.io/name", COLLECTOR);
        for (String service : Repo.SERVICES) {
            Map<String, String> labels = Map.of("app.kubernetes.io/name", service);
            assertThat(allows(policies, "egress", labels, collectorLabels, 4317))
                    .as("%s may send to the collector on 4317", service).isTrue();
            assertThat(allows(policies, "ingress", collectorLabels, labels, 4317))
                    .as("the collector accepts %s on 4317", service).isTrue();
            assertThat(allows(policies, "ingress", collectorLabels, labels, 4318))
                    .as("the collector accepts %s on 4318", service).isTrue();
        }
        assertThat(allows(policies, "ingress", collectorLabels, Map.of("app.kubernetes.io/name", "rabbitmq"), 4317))
                .as("nothing else reaches the collector").isFalse();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static JsonNode collectorContainer(List<ObjectNode> objects) {
        for (JsonNode c : Repo.get(objects, "Deployment", COLLECTOR).path("spec").path("template").path("spec")
                .path("containers")) {
            if (COLLECTOR.equals(c.path("name").asText())) {
                return c;
            }
        }
        throw new AssertionError("Deployment " + COLLECTOR + " has no container named " + COLLECTOR);
    }

    /** The collector's configuration: the file its --config names, from the ConfigMap mounted there. */
    private static JsonNode collectorConfig(List<ObjectNode> objects) {
        JsonNode pod = Repo.get(objects, "Deployment", COLLECTOR).path("spec").path("template").path("spec");
        JsonNode container = collectorContainer(objects);
        String path = texts(container.path("args")).stream().filter(a -> a.startsWith("--config="))
                .map(a -> a.substring("--config=".length())).findFirst()
                .orElseThrow(() -> new AssertionError("the collector is started without --config"));
        String dir = path.substring(0, path.lastIndexOf('/'));
        String file = path.substring(path.lastIndexOf('/') + 1);
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("mountPath").asText().equals(dir)) {
                for (JsonNode volume : pod.path("volumes")) {
                    if (volume.path("name").asText().equals(mount.path("name").asText())) {
                        String configMap = volume.path("configMap").path("name").asText();
                        String yaml = Repo.get(objects, "ConfigMap", configMap).path("data").path(file).asText();
                        try {
                            return Kustomize.YAML.readTree(yaml);
                        } catch (JsonProcessingException e) {
                            throw new AssertionError("ConfigMap " + configMap + " " + file + " is not YAML", e);
                        }
                    }
                }
            }
        }
        throw new AssertionError("no ConfigMap mounted at " + dir);
    }

    private static int receiverPort(JsonNode config, String protocol) {
        String endpoint = config.path("receivers").path("otlp").path("protocols").path(protocol).path("endpoint").asText();
        assertThat(endpoint).as("otlp %s receiver endpoint", protocol).contains(":");
        return Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1));
    }

    private static List<String> texts(JsonNode array) {
        List<String> all = new ArrayList<>();
        array.forEach(n -> all.add(n.asText()));
        return all;
    }

    /**
     * Whether some policy selecting pods labelled {@code subject} allows traffic in {@code direction} ("ingress" or
     * "egress") with pods labelled {@code peer} in the same namespace on the TCP port.
     */
    private static boolean allows(List<ObjectNode> policies, String direction, Map<String, String> subject,
            Map<String, String> peer, int port) {
        String peers = direction.equals("ingress") ? "from" : "to";
        for (ObjectNode policy : policies) {
            if (!selects(policy.path("spec").path("podSelector"), subject)) {
                continue;
            }
            for (JsonNode rule : policy.path("spec").path(direction)) {
                boolean peerMatches = !rule.has(peers);
                for (JsonNode p : rule.path(peers)) {
                    peerMatches |= p.has("podSelector") && !p.has("namespaceSelector") && selects(p.path("podSelector"), peer);
                }
                boolean portMatches = !rule.has("ports");
                for (JsonNode p : rule.path("ports")) {
                    portMatches |= p.path("protocol").asText("TCP").equals("TCP") && p.path("port").asInt() == port;
                }
                if (peerMatches && portMatches) {
                    return true;
                }
            }
        }
        return false;
    }

    /** matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist) against a pod's labels. */
    private static boolean selects(JsonNode selector, Map<String, String> labels) {
        var matchLabels = selector.path("matchLabels").fields();
        while (matchLabels.hasNext()) {
            var e = matchLabels.next();
            if (!e.getValue().asText().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String value = labels.get(expression.path("key").asText());
            List<String> values = texts(expression.path("values"));
            boolean ok = switch (expression.path("operator").asText()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new AssertionError("unknown operator in " + expression);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
