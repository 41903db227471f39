package dev.checkout.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alerts exist, link a section of deploy/RUNBOOK.md that exists, and query only metrics the code registers
 * (Micrometer names in the services and reliable-messaging, SmallRye Fault Tolerance's names), in their Prometheus
 * form, or metrics of the broker and the database whose scrape the manifests set up. The autoscalers point at objects
 * and queues that exist, and leave a paused consumer alone.
 */
class AlertRulesTest {

    private static final Pattern MICROMETER_NAME = Pattern.compile("\"([a-z][a-z0-9]*(?:\\.[a-z0-9]+)+)\"");
    private static final Pattern IDENTIFIER = Pattern.compile("\\b([a-zA-Z_:][a-zA-Z0-9_:]*)\\b(\\s*\\()?");
    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "and", "or", "unless", "offset", "bool", "inf", "nan", "sum", "min", "max", "avg", "count",
            "group", "stddev", "stdvar", "topk", "bottomk", "quantile", "count_values", "limitk", "limit_ratio");

    private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("CheckoutDeadLetterQueueNotEmpty", "dlq-not-empty");
        REQUIRED.put("CheckoutDeadLetterQueueGrowing", "dlq-growing");
        REQUIRED.put("CheckoutUnroutableMessages", "unroutable-messages");
        REQUIRED.put("CheckoutCircuitOpen", "circuit-open");
        REQUIRED.put("CheckoutConsumerPaused", "circuit-open");
        REQUIRED.put("CheckoutOutboxBacklogOld", "outbox-backlog-old");
        REQUIRED.put("CheckoutServiceDown", "service-down");
        REQUIRED.put("CheckoutServiceAbsent", "service-down");
        REQUIRED.put("CheckoutConsumerAbsent", "consumer-absent");
        REQUIRED.put("CheckoutQueueNearlyFull", "queue-nearly-full");
        REQUIRED.put("RabbitMQMemoryAlarm", "broker-alarm");
        REQUIRED.put("RabbitMQDiskAlarm", "broker-alarm");
        REQUIRED.put("PostgresInstanceDown", "postgres-unhealthy");
        REQUIRED.put("PostgresReplicationLagging", "postgres-unhealthy");
    }

    /** Metrics the suite does not register itself: Prometheus's own, RabbitMQ's plugin's, CloudNativePG's exporter's. */
    private static final Set<String> EXTERNAL = Set.of("up",
            "rabbitmq_detailed_queue_consumers", "rabbitmq_detailed_queue_messages",
            "rabbitmq_alarms_memory_used_watermark", "rabbitmq_alarms_free_disk_space_watermark",
            "cnpg_collector_up", "cnpg_pg_replication_lag");

    private static List<JsonNode> alerts() {
        List<JsonNode> alerts = new ArrayList<>();
        for (ObjectNode rule : Repo.ofKind(Repo.render("prod"), "PrometheusRule")) {
            for (JsonNode group : rule.path("spec").path("groups")) {
                group.path("rules").forEach(r -> {
                    if (r.has("alert")) {
                        alerts.add(r);
                    }
                });
            }
        }
        return alerts;
    }

    @Test
    void everyRequiredAlertExistsAndLinksItsRunbookSection() {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        alerts().forEach(a -> byName.put(a.path("alert").asText(), a));
        Set<String> anchors = runbookAnchors();

        REQUIRED.forEach((alert, anchor) -> {
            assertThat(byName).as("alert %s", alert).containsKey(alert);
            assertThat(byName.get(alert).path("annotations").path("runbook_url").asText())
                    .isEqualTo("deploy/RUNBOOK.md#" + anchor);
        });
        for (JsonNode alert : byName.values()) {
            String url = alert.path("annotations").path("runbook_url").asText();
            assertThat(url).as("%s runbook_url", alert.path("alert").asText()).startsWith("deploy/RUNBOOK.md#");
            assertThat(anchors).as("anchors of deploy/RUNBOOK.md").contains(url.substring(url.indexOf('#') + 1));
            assertThat(alert.path("labels").path("severity").asText()).isIn("warning", "critical");
        }
    }

    @Test
    void alertsQueryOnlyMetricsTheCodeRegisters() {
        Set<String> known = registeredMetrics();
        known.addAll(EXTERNAL);
        Set<String> unknown = new TreeSet<>();
        for (JsonNode alert : alerts()) {
            String expr = alert.path("expr").asText().replaceAll("\\{[^}]*}", "").replaceAll("\\[[^]]*]", "");
            Matcher m = IDENTIFIER.matcher(expr);
            while (m.find()) {
                String word = m.group(1);
                if (m.group(2) != null || PROMQL_WORDS.contains(word) || word.matches("\\d.*")) {
                    continue;
                }
                if (expr.matches("(?s).*\\b(by|without|on|ignoring)\\s*\\([^)]*\\b" + Pattern.quote(word) + "\\b.*")) {
                    continue;
                }
                if (!known.contains(word)) {
                    unknown.add(alert.path("alert").asText() + ": " + word);
                }
            }
        }
        assertThat(unknown).as("metrics no code registers (known: %s)", known).isEmpty();
    }

    @Test
    void theBrokersAndTheDatabasesMetricsTheAlertsUseAreScraped() {
        List<ObjectNode> objects = Repo.render("prod");
        JsonNode rabbitEndpoints = Repo.get(objects, "ServiceMonitor", "rabbitmq").path("spec").path("endpoints");
        assertThat(rabbitEndpoints.findValuesAsText("path")).as("aggregated metrics (alarms) and per-queue ones")
                .contains("/metrics", "/metrics/detailed");
        for (JsonNode endpoint : rabbitEndpoints) {
            if (endpoint.path("path").asText().equals("/metrics/detailed")) {
                assertThat(endpoint.path("params").path("vhost")).extracting(JsonNode::asText).containsExactly("checkout");
                assertThat(endpoint.path("params").path("family")).extracting(JsonNode::asText)
                        .contains("queue_coarse_metrics", "queue_consumer_count");
            }
        }
        String cluster = Repo.ofKind(objects, "Cluster").get(0).path("metadata").path("name").asText();
        JsonNode postgres = Repo.get(objects, "PodMonitor", "postgres").path("spec");
        assertThat(postgres.path("selector").path("matchLabels").path("cnpg.io/cluster").asText()).isEqualTo(cluster);
        assertThat(postgres.path("podMetricsEndpoints").findValuesAsText("port")).containsExactly("metrics");
    }

    @Test
    void aPausedConsumerIsNotScaledOut() {
        for (ObjectNode scaled : Repo.ofKind(Repo.render("prod"), "ScaledObject")) {
            String worker = scaled.path("spec").path("scaleTargetRef").path("name").asText();
            String consumer = worker.replace("-worker", "");
            JsonNode paused = null;
            for (JsonNode trigger : scaled.path("spec").path("triggers")) {
                if (trigger.path("name").asText().equals("paused")) {
                    paused = trigger;
                }
            }
            assertThat(paused).as("%s: a trigger named paused", worker).isNotNull();
            assertThat(paused.path("type").asText()).isEqualTo("prometheus");
            assertThat(paused.path("metadata").path("query").asText())
                    .contains("consumer_paused").contains("consumer=\"" + consumer + "\"");
            assertThat(scaled.path("spec").path("advanced").path("scalingModifiers").path("formula").asText())
                    .as("%s: the queue counts only while the consumer runs", worker)
                    .isEqualTo("paused > 0 ? 0 : queue");
        }
    }

    @Test
    void autoscalersTargetTheWorkersAndTheirQueues() throws IOException {
        List<ObjectNode> objects = Repo.render("prod");
        JsonNode definitions = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Repo.DEFINITIONS.toFile());
        List<String> queues = definitions.path("queues").findValuesAsText("name");
        List<ObjectNode> scaled = Repo.ofKind(objects, "ScaledObject");
        assertThat(scaled).extracting(s -> s.path("spec").path("scaleTargetRef").path("name").asText())
                .containsExactlyInAnyOrder("email-worker", "fraud-worker", "analytics-worker", "fulfilment-worker");
        for (ObjectNode s : scaled) {
            assertThat(Repo.find(objects, "Deployment", s.path("spec").path("scaleTargetRef").path("name").asText()))
                    .isPresent();
            for (JsonNode trigger : s.path("spec").path("triggers")) {
                if (!trigger.path("type").asText().equals("rabbitmq")) {
                    continue;
                }
                assertThat(queues).contains(trigger.path("metadata").path("queueName").asText());
                assertThat(Repo.find(objects, "TriggerAuthentication",
                        trigger.path("authenticationRef").path("name").asText())).isPresent();
            }
        }
        ObjectNode hpa = Repo.get(objects, "HorizontalPodAutoscaler", "order-service");
        assertThat(Repo.find(objects, "Deployment", hpa.path("spec").path("scaleTargetRef").path("name").asText()))
                .isPresent();
        for (String service : Repo.SERVICES) {
            assertThat(Repo.get(objects, "Deployment", service).path("spec").has("replicas"))
                    .as("%s: the autoscaler owns the replica count", service).isFalse();
        }
    }

    private static Set<String> runbookAnchors() {
        Set<String> anchors = new TreeSet<>();
        Matcher m = Pattern.compile("<a id=\"([^\"]+)\"|\\{#([^}]+)}").matcher(Repo.read(Repo.RUNBOOK));
        while (m.find()) {
            anchors.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return anchors;
    }

    /** Prometheus names of the metrics registered in the code: name with dots as underscores, counters + _total. */
    private static Set<String> registeredMetrics() {
        Set<String> names = new TreeSet<>();
        List<Path> sources = new ArrayList<>();
        sources.add(Repo.ROOT.resolve("reliable-messaging/src/main/java"));
        Repo.SERVICES.forEach(s -> sources.add(Repo.ROOT.resolve(s).resolve("src/main/java")));
        for (Path dir : sources) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(f);
                    if (!text.contains("io.micrometer")) {
                        continue;
                    }
                    addPrometheusForms(names, MICROMETER_NAME.matcher(text).results().map(r -> r.group(1)).toList());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            Class<?> constants = Class.forName("io.smallrye.faulttolerance.core.metrics.MetricsConstants");
            List<String> ft = new ArrayList<>();
            for (Field field : constants.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    field.setAccessible(true);
                    String value = (String) field.get(null);
                    if (value.startsWith("ft.")) {
                        ft.add(value);
                    }
                }
            }
            assertThat(ft).as("SmallRye Fault Tolerance's metric names").isNotEmpty();
            addPrometheusForms(names, ft);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SmallRye Fault Tolerance is not on the class path", e);
        }
        return names;
    }

    private static void addPrometheusForms(Set<String> into, List<String> micrometerNames) {
        for (String name : micrometerNames) {
            String prometheus = name.replace('.', '_');
            into.add(prometheus);
            if (!prometheus.endsWith("_total")) {
                into.add(prometheus + "_total");
            }
        }
    }
}
