package dev.checkout.messaging.dlq;

import com.rabbitmq.client.BasicProperties;
import dev.checkout.messaging.broker.AdminConnection;
import dev.checkout.messaging.consumer.Diagnostics;
import dev.checkout.messaging.topology.Topology;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.rabbitmq.RabbitMQClient;
import io.vertx.mutiny.rabbitmq.RabbitMQMessage;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads, replays and discards what a consumer parked, over the library's {@link AdminConnection}. Reading never
 * hands a message back with a nack: on RabbitMQ 4.x every return counts against a quorum queue's delivery limit
 * (20 by default), so about twenty looks would drop what is parked. Instead a look takes the parked messages
 * without acking, publishes an identical copy of each back to the parking queue (same body, same properties, in
 * the same order, through {@code checkout.dlx} with the parking key), waits for the broker's confirms, and only then
 * acks the originals: looking never removes anything, whatever the broker version, and a crash in between leaves a
 * duplicate parked copy at worst. A replay publishes to the consumer's own queue only (through
 * {@code checkout.events} with the key {@code retry.<consumer>}, bound to that queue alone, never with the original
 * key, which would reach every consumer; never through the default exchange, which the service's broker user may
 * not write to) with a confirm before it acks the parked copy: a crash in between leaves the message both parked and
 * replayed, and the idempotent consumer absorbs the second copy. Operations run one at a time, so concurrent admin calls never see a
 * half-taken queue.
 */
@ApplicationScoped
public class DeadLetterQueue {

    private final AdminConnection broker;
    private final DeadLetterAudit audit;
    private final AdminConfig config;
    private final MeterRegistry registry;
    private CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);

    DeadLetterQueue(AdminConnection broker, DeadLetterAudit audit, AdminConfig config, MeterRegistry registry) {
        this.broker = broker;
        this.audit = audit;
        this.config = config;
        this.registry = registry;
    }

    public Uni<Long> depth(String consumer) {
        return client().messageCount(Topology.deadLetterQueue(consumer));
    }

    /** How many messages wait in the consumer's own queue. */
    public Uni<Long> waiting(String consumer) {
        return client().messageCount(Topology.queue(consumer));
    }

    public Uni<List<ParkedMessage>> list(String consumer) {
        return withParked(consumer, held -> Uni.createFrom().item(held.stream().map(Held::view).toList()));
    }

    public Uni<Integer> replay(String consumer, Predicate<ParkedMessage> which, String actor) {
        return withParked(consumer, held -> settleEach(held, which, h -> publishConfirmed(
                        Topology.retryRoutingKey(consumer), forReplay(h.message().properties(), actor), h)
                .chain(() -> audit.replayed(consumer, h.view(), actor))))
                .invoke(count -> registry.counter("dlq.replayed", "consumer", consumer).increment(count));
    }

    public Uni<Integer> discard(String consumer, Predicate<ParkedMessage> which, String actor, String reason) {
        return withParked(consumer, held -> settleEach(held, which, h -> audit.discarded(consumer, h.view(), actor, reason)))
                .invoke(count -> registry.counter("dlq.discarded", "consumer", consumer).increment(count));
    }

    private RabbitMQClient client() {
        return broker.client();
    }

    /** A parked message taken from the queue but not yet acked (so still the broker's). */
    private record Held(RabbitMQMessage message, ParkedMessage view, AtomicBoolean settled) {

        long tag() {
            return message.envelope().getDeliveryTag();
        }
    }

    /** For each selected message: do the work, then ack; returns how many were settled. */
    private Uni<Integer> settleEach(List<Held> held, Predicate<ParkedMessage> which, Function<Held, Uni<Void>> work) {
        List<Held> selected = held.stream().filter(h -> which.test(h.view())).toList();
        return Multi.createFrom().iterable(selected)
                .onItem().transformToUniAndConcatenate(h -> work.apply(h)
                        .chain(() -> client().basicAck(h.tag(), false))
                        .invoke(() -> h.settled().set(true))
                        .replaceWith(h))
                .collect().asList()
                .map(List::size);
    }

    /**
     * Takes every parked message (up to the browse limit) without acking, runs {@code work}, then puts back, as
     * identical copies, whatever work did not settle. Should that fail, the originals go back with a nack instead.
     */
    private <R> Uni<R> withParked(String consumer, Function<List<Held>, Uni<R>> work) {
        String queue = Topology.deadLetterQueue(consumer);
        return exclusively(() -> take(queue, new ArrayList<>())
                .chain(held -> work.apply(held)
                        .call(() -> putBack(consumer, held))
                        .onFailure().call(() -> client().basicNack(lastTag(held), true, true)
                                .onFailure().recoverWithNull())));
    }

    private Uni<Void> putBack(String consumer, List<Held> held) {
        List<Held> unsettled = held.stream().filter(h -> !h.settled().get()).toList();
        if (unsettled.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom().iterable(unsettled)
                .onItem().transformToUniAndConcatenate(h -> client().basicPublish(Topology.DEAD_LETTER_EXCHANGE,
                        Topology.queue(consumer), h.message().properties(),
                        h.message().body()))
                .collect().last()
                .chain(() -> client().waitForConfirms(config.confirmTimeout().toMillis()))
                // Every message taken is now settled or copied back: one ack covers all of this channel's tags.
                .chain(() -> client().basicAck(lastTag(held), true));
    }

    private Uni<Void> publishConfirmed(String routingKey, BasicProperties properties, Held held) {
        return client().basicPublish(Topology.EVENTS_EXCHANGE, routingKey, properties, held.message().body())
                .chain(() -> client().waitForConfirms(config.confirmTimeout().toMillis()));
    }

    private static long lastTag(List<Held> held) {
        // "multiple" settles every unacked message of this channel up to that tag; 0 means all of them.
        return held.isEmpty() ? 0 : held.get(held.size() - 1).tag();
    }

    private Uni<List<Held>> take(String queue, List<Held> taken) {
        if (taken.size() >= config.maxBrowse()) {
            return Uni.createFrom().item(taken);
        }
        return client().basicGet(queue, false).chain(message -> {
            if (message == null) {
                return Uni.createFrom().item(taken);
            }
            taken.add(new Held(message, view(message), new AtomicBoolean()));
            return take(queue, taken);
        });
    }

    /** One operation at a time: each starts when the previous one has settled its messages. */
    private synchronized <R> Uni<R> exclusively(Supplier<Uni<R>> operation) {
        CompletableFuture<R> result = new CompletableFuture<>();
        previous = previous.handle((ignored, failure) -> null)
                .thenCompose(ignored -> operation.get().subscribeAsCompletionStage()
                        .whenComplete((value, failure) -> {
                            if (failure != null) {
                                result.completeExceptionally(failure);
                            } else {
                                result.complete(value);
                            }
                        })
                        .handle((value, failure) -> null));
        return Uni.createFrom().completionStage(result);
    }

    private static ParkedMessage view(RabbitMQMessage message) {
        BasicProperties p = message.properties();
        Map<String, Object> headers = AmqpValues.table(p.getHeaders());
        String exceptionType = text(headers.get(Diagnostics.EXCEPTION_TYPE));
        String exceptionMessage = text(headers.get(Diagnostics.EXCEPTION_MESSAGE));
        Map<String, Object> properties = new HashMap<>();
        putIfPresent(properties, "message_id", p.getMessageId());
        putIfPresent(properties, "correlation_id", p.getCorrelationId());
        putIfPresent(properties, "type", p.getType());
        putIfPresent(properties, "content_type", p.getContentType());
        putIfPresent(properties, "delivery_mode", p.getDeliveryMode());
        putIfPresent(properties, "timestamp", p.getTimestamp() == null ? null : p.getTimestamp().toInstant().toString());
        Object failedAt = headers.get(Diagnostics.FAILED_AT);
        Object attempts = headers.get(Diagnostics.ATTEMPTS);
        Object xDeath = headers.get("x-death");
        return new ParkedMessage(p.getMessageId(), p.getType(), p.getCorrelationId(),
                FailureCause.of(exceptionType, exceptionMessage).id(), text(headers.get(Diagnostics.REASON)),
                exceptionType, exceptionMessage, failedAt == null ? null : Instant.parse(failedAt.toString()),
                attempts instanceof Number n ? n.intValue() : null, text(headers.get(Diagnostics.ORIGINAL_EXCHANGE)),
                text(headers.get(Diagnostics.ORIGINAL_ROUTING_KEY)), properties, headers,
                xDeath instanceof List<?> deaths ? List.copyOf(deaths) : List.of(),
                ParkedMessage.readableBody(message.body().getBytes()));
    }

    /** The original message as it was first published: diagnostics and death history stripped, id kept. */
    private static BasicProperties forReplay(BasicProperties original, String actor) {
        Map<String, Object> headers = new HashMap<>(original.getHeaders() == null ? Map.of() : original.getHeaders());
        headers.keySet().removeAll(Diagnostics.ALL);
        headers.remove("x-death");
        headers.put("x-replayed-by", actor);
        headers.put("x-replayed-at", Instant.now().toString());
        return Diagnostics.copy(original, headers);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
