package dev.checkout.messaging.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names and arguments of every exchange and queue, in one place, so that each declaration of an object is
 * identical wherever it happens (RabbitMQ refuses a redeclaration with other arguments) and so that
 * {@code deploy/rabbitmq/definitions.json} can be checked against it.
 */
public final class Topology {

    public static final String EVENTS_EXCHANGE = "checkout.events";
    public static final String UNROUTABLE_EXCHANGE = "checkout.unroutable";
    public static final String UNROUTABLE_QUEUE = "checkout.unroutable";
    public static final String DEAD_LETTER_EXCHANGE = "checkout.dlx";

    private Topology() {
    }

    public record Exchange(String name, String type, Map<String, Object> arguments) {
    }

    public record Queue(String name, Map<String, Object> arguments) {
    }

    public record Binding(String exchange, String queue, String routingKey) {
    }

    /** The exchanges every service shares. */
    public static List<Exchange> sharedExchanges() {
        return List.of(unroutableExchange(), eventsExchange(), new Exchange(DEAD_LETTER_EXCHANGE, "direct", Map.of()));
    }

    public static Exchange unroutableExchange() {
        return new Exchange(UNROUTABLE_EXCHANGE, "fanout", Map.of());
    }

    /** What no queue is bound for goes to the alternate exchange rather than being dropped. */
    public static Exchange eventsExchange() {
        return new Exchange(EVENTS_EXCHANGE, "topic", Map.of("alternate-exchange", UNROUTABLE_EXCHANGE));
    }

    public static Queue unroutableQueue() {
        return new Queue(UNROUTABLE_QUEUE, quorum());
    }

    public static Binding unroutableBinding() {
        return new Binding(UNROUTABLE_EXCHANGE, UNROUTABLE_QUEUE, "");
    }

    /** Where consumer {@code name} reads: {@code checkout.<name>}. */
    public static String queue(String consumer) {
        return "checkout." + consumer;
    }

    public static String deadLetterQueue(String consumer) {
        return queue(consumer) + ".dlq";
    }

    /** The routing key that brings a delayed retry back to this consumer's queue only. */
    public static String retryRoutingKey(String consumer) {
        return "retry." + consumer;
    }

    public static String retryQueue(String consumer, Duration delay) {
        return queue(consumer) + ".retry." + label(delay);
    }

    /**
     * The routing key on {@code checkout.events} that reaches one retry tier only. Failed messages go there rather
     * than through the default exchange, which would let a service's broker user write into any queue: a topic
     * exchange's keys can be limited per user (topic permissions), the default exchange's cannot.
     */
    public static String delayRoutingKey(String consumer, Duration delay) {
        return "delay." + consumer + "." + label(delay);
    }

    /** Everything one consumer owns: its queue, its delayed-retry tiers and its parking lot, with their bindings. */
    public record ConsumerTopology(String consumer, Queue queue, List<Queue> retryQueues, Queue deadLetterQueue,
                                   List<Binding> bindings) {

        public List<Queue> queues() {
            List<Queue> all = new ArrayList<>();
            all.add(queue);
            all.addAll(retryQueues);
            all.add(deadLetterQueue);
            return all;
        }

        /** The bindings that lead into the retry tiers. */
        public List<Binding> retryBindings() {
            List<String> tiers = retryQueues.stream().map(Queue::name).toList();
            return bindings.stream().filter(b -> tiers.contains(b.queue())).toList();
        }
    }

    /**
     * The arguments every consumer's queue has besides its type and dead-letter address (which the connector's
     * {@code queue.x-queue-type} and {@code auto-bind-dlq} attributes add).
     */
    public static Map<String, Object> consumerQueueArguments(QueueLimits limits) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("x-max-length", limits.maxLength());
        arguments.put("x-overflow", "reject-publish");
        // The crash-loop net: a message that keeps killing its consumer ends up parked, not redelivered forever.
        arguments.put("x-delivery-limit", limits.deliveryLimit());
        arguments.put("x-dead-letter-strategy", "at-least-once");
        return arguments;
    }

    public static ConsumerTopology forConsumer(String consumer, List<String> routingKeys, QueueLimits limits) {
        Map<String, Object> main = quorum();
        main.putAll(consumerQueueArguments(limits));
        // In the order definitions.json lists them (the strategy last).
        main.remove("x-dead-letter-strategy");
        main.put("x-dead-letter-exchange", DEAD_LETTER_EXCHANGE);
        main.put("x-dead-letter-routing-key", queue(consumer));
        main.put("x-dead-letter-strategy", "at-least-once");
        Queue queue = new Queue(queue(consumer), main);

        List<Queue> retries = new ArrayList<>();
        List<Binding> bindings = new ArrayList<>();
        for (Duration delay : limits.retryDelays()) {
            Map<String, Object> retry = quorum();
            retry.put("x-message-ttl", delay.toMillis());
            retry.put("x-max-length", limits.maxLength());
            retry.put("x-overflow", "reject-publish");
            retry.put("x-dead-letter-exchange", EVENTS_EXCHANGE);
            retry.put("x-dead-letter-routing-key", retryRoutingKey(consumer));
            retry.put("x-dead-letter-strategy", "at-least-once");
            retries.add(new Queue(retryQueue(consumer, delay), retry));
            bindings.add(new Binding(EVENTS_EXCHANGE, retryQueue(consumer, delay), delayRoutingKey(consumer, delay)));
        }

        Queue parking = new Queue(deadLetterQueue(consumer), quorum());

        for (String key : routingKeys) {
            bindings.add(new Binding(EVENTS_EXCHANGE, queue.name(), key));
        }
        bindings.add(new Binding(EVENTS_EXCHANGE, queue.name(), retryRoutingKey(consumer)));
        bindings.add(new Binding(DEAD_LETTER_EXCHANGE, parking.name(), queue(consumer)));
        return new ConsumerTopology(consumer, queue, List.copyOf(retries), parking, List.copyOf(bindings));
    }

    private static Map<String, Object> quorum() {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("x-queue-type", "quorum");
        return arguments;
    }

    /** 1s, 10s, 1m, 90s... as queue-name suffixes. */
    static String label(Duration delay) {
        long millis = delay.toMillis();
        if (millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + "s";
        }
        return millis + "ms";
    }
}
