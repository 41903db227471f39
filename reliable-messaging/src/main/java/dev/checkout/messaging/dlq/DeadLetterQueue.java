package dev.checkout.messaging.dlq;

import com.rabbitmq.client.BasicProperties;
import dev.checkout.messaging.broker.BrokerConnection;
import dev.checkout.messaging.consumer.Diagnostics;
import dev.checkout.messaging.publish.ConfirmedPublisher;
import dev.checkout.messaging.topology.Topology;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.rabbitmq.RabbitMQClient;
import io.vertx.mutiny.rabbitmq.RabbitMQMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads, replays and discards what a consumer parked. To look, it takes the parked messages without acking them
 * and hands every one back afterwards, so looking never removes or duplicates anything. A replay publishes to the
 * consumer's own queue (never to {@code checkout.events}, which would reach every consumer) with a confirm before it
 * acks the parked copy: a crash in between leaves the message both parked and replayed, and the idempotent
 * consumer absorbs the second copy. Operations run one at a time, so concurrent admin calls never see a half-taken
 * queue.
 */
@ApplicationScoped
public class DeadLetterQueue {

    private static final String PURPOSE = "dead-letter admin";

    private final BrokerConnection broker;
    private final ConfirmedPublisher publisher;
    private final DeadLetterAudit audit;
    private final AdminConfig config;
    private final MeterRegistry registry;
    private final RabbitMQClient client;
    private CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);

    DeadLetterQueue(BrokerConnection broker, ConfirmedPublisher publisher, DeadLetterAudit audit, AdminConfig config,
                    MeterRegistry registry) {
        this.broker = broker;
        this.publisher = publisher;
        this.audit = audit;
        this.config = config;
        this.registry = registry;
        this.client = broker.open(PURPOSE, c -> Uni.createFrom().voidItem());
    }

    void start(@Observes StartupEvent event) {
        broker.connect(client, PURPOSE, () -> { });
    }

    public Uni<Long> depth(String consumer) {
        return client.messageCount(Topology.deadLetterQueue(consumer));
    }

    public Uni<List<ParkedMessage>> list(String consumer) {
        return withParked(consumer, held -> Uni.createFrom().item(held.stream().map(Held::view).toList()));
    }

    public Uni<Integer> replay(String consumer, Predicate<ParkedMessage> which, String actor) {
        return withParked(consumer, held -> settleEach(held, which, h -> publisher.publish("", Topology.queue(consumer),
                        forReplay(h.message().properties(), actor), h.message().body().getBytes(), config.confirmTimeout())
                .chain(() -> audit.replayed(consumer, h.view(), actor))))
                .invoke(count -> registry.counter("dlq.replayed", "consumer", consumer).increment(count));
    }

    public Uni<Integer> discard(String consumer, Predicate<ParkedMessage> which, String actor, String reason) {
        return withParked(consumer, held -> settleEach(held, which, h -> audit.discarded(consumer, h.view(), actor, reason)))
                .invoke(count -> registry.counter("dlq.discarded", "consumer", consumer).increment(count));
    }

    /** A parked message taken from the queue but not yet acked (so still the broker's). */
    private record Held(RabbitMQMessage message, ParkedMessage view) {
    }

    /** For each selected message: do the work, then ack; returns how many were settled. */
    private Uni<Integer> settleEach(List<Held> held, Predicate<ParkedMessage> which, Function<Held, Uni<Void>> work) {
        List<Held> selected = held.stream().filter(h -> which.test(h.view())).toList();
        return Multi.createFrom().iterable(selected)
                .onItem().transformToUniAndConcatenate(h -> work.apply(h)
                        .chain(() -> client.basicAck(h.message().envelope().getDeliveryTag(), false))
                        .replaceWith(h))
                .collect().asList()
                .map(List::size);
    }

    /**
     * Takes every parked message (up to the browse limit) without acking, runs {@code work}, then returns whatever
     * work did not ack to the queue, in its original order.
     */
    private <R> Uni<R> withParked(String consumer, Function<List<Held>, Uni<R>> work) {
        return exclusively(() -> take(Topology.deadLetterQueue(consumer), new ArrayList<>())
                .chain(held -> work.apply(held)
                        .onTermination().call(() -> client.basicNack(lastTag(held), true, true)
                                .onFailure().recoverWithNull()
                                .replaceWithVoid())));
    }

    private static long lastTag(List<Held> held) {
        // "multiple" nack of the highest tag returns every unacked message of this channel; 0 means none.
        return held.isEmpty() ? 0 : held.get(held.size() - 1).message().envelope().getDeliveryTag();
    }

    private Uni<List<Held>> take(String queue, List<Held> taken) {
        if (taken.size() >= config.maxBrowse()) {
            return Uni.createFrom().item(taken);
        }
        return client.basicGet(queue, false).chain(message -> {
            if (message == null) {
                return Uni.createFrom().item(taken);
            }
            taken.add(new Held(message, view(message)));
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
