package dev.checkout.messaging.topology;

import dev.checkout.messaging.consumer.ConsumerConfig;
import io.smallrye.config.WithDefault;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/rabbitmq/definitions.json is what operators load into the broker; the services declare the same objects
 * from {@link Topology}. This test fails when the two drift apart: for every consumer queue in the file it derives,
 * from the file's own bindings, what the library would declare with its default limits, and compares.
 */
class TopologyDefinitionsTest {

    private static final Path DEFINITIONS = Path.of("../deploy/rabbitmq/definitions.json");
    private static final String VHOST = "checkout";

    @Test
    void definitionsFileMatchesWhatTheServicesDeclare() throws Exception {
        JsonObject file = new JsonObject(Files.readString(DEFINITIONS));
        Map<String, List<String>> consumers = consumersIn(file);
        assertThat(consumers).as("consumers in %s", DEFINITIONS).isNotEmpty();

        JsonObject expected = render(consumers, defaultLimits());
        Files.writeString(Path.of("target/expected-definitions.json"), expected.encodePrettily());

        assertThat(normalised(file)).as("%s (the expected file is in target/expected-definitions.json)", DEFINITIONS)
                .isEqualTo(normalised(expected));
    }

    @Test
    void suiteConsumersAreAllDefined() throws Exception {
        Map<String, List<String>> consumers = consumersIn(new JsonObject(Files.readString(DEFINITIONS)));
        assertThat(consumers.keySet()).containsExactlyInAnyOrder("email", "fraud", "analytics", "fulfilment",
                "order-status");
        assertThat(consumers.get("email")).containsExactly("order.placed");
        assertThat(consumers.get("fulfilment")).containsExactlyInAnyOrder("order.placed", "fraud.assessed");
        assertThat(consumers.get("order-status")).containsExactlyInAnyOrder("email.sent", "email.failed",
                "fraud.assessed", "fraud.failed", "analytics.recorded", "analytics.failed", "fulfilment.requested",
                "fulfilment.held", "fulfilment.failed");
    }

    /** Consumer name → the routing keys its queue is bound to on checkout.events (retry keys aside). */
    private static Map<String, List<String>> consumersIn(JsonObject file) {
        Map<String, List<String>> consumers = new LinkedHashMap<>();
        for (Object item : file.getJsonArray("bindings")) {
            JsonObject binding = (JsonObject) item;
            String queue = binding.getString("destination");
            String key = binding.getString("routing_key");
            if (binding.getString("source").equals(Topology.EVENTS_EXCHANGE) && !key.startsWith("retry.")
                    && !key.startsWith("delay.")) {
                consumers.computeIfAbsent(queue.substring("checkout.".length()), c -> new ArrayList<>()).add(key);
            }
        }
        return consumers;
    }

    static JsonObject render(Map<String, List<String>> consumers, QueueLimits limits) {
        JsonArray exchanges = new JsonArray();
        Topology.sharedExchanges().forEach(e -> exchanges.add(new JsonObject().put("name", e.name()).put("vhost", VHOST)
                .put("type", e.type()).put("durable", true).put("auto_delete", false).put("internal", false)
                .put("arguments", new JsonObject(e.arguments()))));
        JsonArray queues = new JsonArray().add(queue(Topology.unroutableQueue()));
        JsonArray bindings = new JsonArray().add(binding(Topology.unroutableBinding()));
        consumers.forEach((consumer, keys) -> {
            Topology.ConsumerTopology topology = Topology.forConsumer(consumer, keys, limits);
            topology.queues().forEach(q -> queues.add(queue(q)));
            topology.bindings().forEach(b -> bindings.add(binding(b)));
        });
        return new JsonObject().put("exchanges", exchanges).put("queues", queues).put("bindings", bindings);
    }

    private static JsonObject queue(Topology.Queue queue) {
        return new JsonObject().put("name", queue.name()).put("vhost", VHOST).put("durable", true)
                .put("auto_delete", false).put("arguments", new JsonObject(queue.arguments()));
    }

    private static JsonObject binding(Topology.Binding binding) {
        return new JsonObject().put("source", binding.exchange()).put("vhost", VHOST)
                .put("destination", binding.queue()).put("destination_type", "queue")
                .put("routing_key", binding.routingKey()).put("arguments", new JsonObject());
    }

    /** Order-insensitive: each list sorted by its items' text. */
    private static JsonObject normalised(JsonObject definitions) {
        JsonObject copy = new JsonObject();
        for (String key : List.of("exchanges", "queues", "bindings")) {
            List<String> items = new ArrayList<>();
            definitions.getJsonArray(key).forEach(item -> {
                Map<String, Object> sorted = new TreeMap<>(((JsonObject) item).getMap());
                items.add(new JsonObject(sorted).encode());
            });
            items.sort(Comparator.naturalOrder());
            copy.put(key, new JsonArray(new ArrayList<>(items)));
        }
        return copy;
    }

    /** The limits a service declares when nothing overrides them: the defaults of {@link ConsumerConfig}. */
    private static QueueLimits defaultLimits() throws Exception {
        String maxLength = defaultOf("maxLength");
        String deliveryLimit = defaultOf("deliveryLimit");
        String delays = defaultOf("retryDelays");
        return new QueueLimits() {
            public long maxLength() {
                return Long.parseLong(maxLength);
            }

            public int deliveryLimit() {
                return Integer.parseInt(deliveryLimit);
            }

            public List<Duration> retryDelays() {
                return Arrays.stream(delays.split(",")).map(d -> Duration.parse("PT" + d.toUpperCase())).toList();
            }
        };
    }

    private static String defaultOf(String method) throws Exception {
        return ConsumerConfig.class.getMethod(method).getAnnotation(WithDefault.class).value();
    }
}
