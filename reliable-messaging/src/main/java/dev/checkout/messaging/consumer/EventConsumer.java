package dev.checkout.messaging.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.BasicProperties;
import com.rabbitmq.client.Envelope;
import dev.checkout.messaging.contract.EventContract;
import dev.checkout.messaging.database.AfterCommit;
import dev.checkout.messaging.publish.Confirmed;
import dev.checkout.messaging.topology.Topology;
import dev.checkout.messaging.tracing.TraceParent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.PausableChannel;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMessage;
import io.vertx.core.Context;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.rabbitmq.RabbitMQMessage;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What the library adds to one connector channel: for each message it checks the contract, skips duplicates, runs
 * the handler in a transaction, and only then acks; failures go to the next retry tier or to the parking lot,
 * always published with a confirm before the original is acked; while the handler's downstream is down it holds
 * the message and pauses the channel. Every settlement goes through {@link DeliveryChannels} first.
 */
final class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private static final String MARK_PROCESSED = """
            insert into processed_message (consumer, message_id) values (?1, ?2) on conflict do nothing""";
    // The same, for a handler on the SQL client (whose parameters are numbered the PostgreSQL way).
    private static final String MARK_PROCESSED_SQL = """
            insert into processed_message (consumer, message_id) values ($1, $2) on conflict do nothing""";

    private final EventHandler handler;
    private final String name;
    private final ConsumerConfig config;
    private final Outlets outlets;
    private final EventContract contract;
    private final ObjectMapper json;
    private final ConsumerMetrics metrics;
    private final DeliveryChannels channels;
    private final Supplier<PausableChannel> pausable;
    private final Tracer tracer;
    private final Pool pool;
    private final AtomicInteger paused = new AtomicInteger();

    /** The outgoing channels a failed message is handed over to. */
    record Outlets(MutinyEmitter<byte[]> retry, MutinyEmitter<byte[]> parking) {
    }

    EventConsumer(EventHandler handler, ConsumerConfig config, Outlets outlets, EventContract contract,
                  ObjectMapper json, MeterRegistry registry, DeliveryChannels channels,
                  Supplier<PausableChannel> pausable, Tracer tracer, Pool pool) {
        this.handler = handler;
        this.name = handler.consumer();
        this.config = config;
        this.outlets = outlets;
        this.contract = contract;
        this.json = json;
        this.metrics = new ConsumerMetrics(name, registry, paused);
        this.channels = channels;
        this.pausable = pausable;
        this.tracer = tracer;
        this.pool = pool;
    }

    /**
     * Takes the message over and returns at once: the message is settled later, so up to the channel's
     * {@code max-outstanding-messages} are handled concurrently.
     */
    void receive(Message<?> message, Context current) {
        RabbitMQMessage raw = message.unwrap(IncomingRabbitMQMessage.class).getRabbitMQMessage();
        channels.arrived(name, raw.consumerTag());
        // Each message gets its own duplicated context, flagged safe: Hibernate Reactive keeps its session there.
        Context context = VertxContext.createNewDuplicatedContext(current);
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> {
            Span span = startSpan(message, raw);
            process(new Delivery(message, raw, context)).subscribe().with(
                    done -> span.end(),
                    failure -> {
                        LOG.errorf(failure, "Consumer %s could not settle message %s", name,
                                raw.properties().getMessageId());
                        span.recordException(failure);
                        span.end();
                    });
        });
    }

    /**
     * The span of this message's handling, in the trace the message carries (the connector's receive span, or the
     * {@code traceparent} header when the connector traced nothing), made current on the message's own context so
     * the handler's queries, logs and outbox rows belong to it. The scope stays open: that context ends with the
     * message.
     */
    private Span startSpan(Message<?> message, RabbitMQMessage raw) {
        io.opentelemetry.context.Context parent = TracingMetadata.fromMessage(message)
                .map(TracingMetadata::getCurrentContext)
                .orElseGet(() -> TraceParent.fromHeaders(raw.properties().getHeaders()));
        Span span = tracer.spanBuilder(Topology.queue(name) + " process")
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "rabbitmq")
                .setAttribute("messaging.destination.name", Topology.queue(name))
                .setAttribute("messaging.message.id", String.valueOf(raw.properties().getMessageId()))
                .startSpan();
        parent.with(span).makeCurrent();
        return span;
    }

    /** A message and the context it is handled on; every step after an I/O hop comes back to that context. */
    private record Delivery(Message<?> message, RabbitMQMessage raw, Context context) {

        Executor executor() {
            return task -> context.runOnContext(ignored -> task.run());
        }

        String messageId() {
            return raw.properties().getMessageId();
        }
    }

    private Uni<Void> process(Delivery delivery) {
        if (isStale(delivery)) {
            // Its channel closed before it was handled (e.g. it waited behind the paused channel): the broker has
            // requeued it, and handling this copy would only race the redelivered one.
            return Uni.createFrom().voidItem();
        }
        IncomingEvent event;
        try {
            event = readEvent(delivery.raw());
        } catch (PermanentFailure failure) {
            return park(delivery, failure.reasonCode(), failure);
        }
        Timer.Sample sample = metrics.startHandling();
        return handleOnce(event)
                .onItem().transformToUni(fresh -> {
                    metrics.handled(sample, fresh);
                    resumeIfPaused();
                    return ack(delivery);
                })
                .onFailure().recoverWithUni(failure -> onFailure(delivery, event, failure));
    }

    private IncomingEvent readEvent(RabbitMQMessage message) {
        JsonNode document;
        try {
            document = json.readTree(message.body().getBytes());
        } catch (Exception e) {
            throw new PermanentFailure("unparseable", "body is not JSON: " + e.getMessage(), e);
        }
        if (document == null || !document.isObject()) {
            throw new PermanentFailure("unparseable", "body is not a JSON object");
        }
        String type = document.path("eventType").asText(message.properties().getType());
        int version = document.path("schemaVersion").asInt(0);
        if (!contract.knows(type, version)) {
            throw new PermanentFailure("unknown_schema_version",
                    "no contract for event type '" + type + "' version " + version);
        }
        List<String> violations = contract.violations(type, version, document);
        if (!violations.isEmpty()) {
            throw new PermanentFailure("schema_violation", String.join("; ", violations));
        }
        String messageId = message.properties().getMessageId() != null ? message.properties().getMessageId()
                : document.path("eventId").asText();
        return new IncomingEvent(messageId, type, version, new JsonObject(message.body().getDelegate()),
                Diagnostics.attempts(message.properties()));
    }

    /** True when the handler ran; false when the message id was already processed (then nothing runs). */
    private Uni<Boolean> handleOnce(IncomingEvent event) {
        if (handler instanceof SqlEventHandler onSqlClient) {
            return pool.withTransaction(connection -> connection.preparedQuery(MARK_PROCESSED_SQL)
                    .execute(Tuple.of(name, event.messageId()))
                    .chain(marked -> marked.rowCount() > 0
                            ? onSqlClient.handle(event, connection).replaceWith(true) : Uni.createFrom().item(false)));
        }
        return AfterCommit.withTransaction(() -> markProcessed(event.messageId())
                .chain(fresh -> fresh ? handler.handle(event).replaceWith(true) : Uni.createFrom().item(false)));
    }

    /** Inside the caller's transaction: true if this id was not processed before. */
    private Uni<Boolean> markProcessed(String messageId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(MARK_PROCESSED)
                        .setParameter(1, name)
                        .setParameter(2, messageId)
                        .executeUpdate())
                .map(inserted -> inserted > 0);
    }

    private Uni<Void> onFailure(Delivery delivery, IncomingEvent event, Throwable failure) {
        return switch (FailureKind.of(failure)) {
            case PERMANENT -> park(delivery, reasonOf(failure), failure);
            case DOWNSTREAM_DOWN -> holdUntilDownstreamRecovers(delivery, failure);
            case TRANSIENT -> retryOrPark(delivery, event, failure);
        };
    }

    private static String reasonOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PermanentFailure permanent) {
                return permanent.reasonCode();
            }
        }
        return "permanent";
    }

    private Uni<Void> retryOrPark(Delivery delivery, IncomingEvent event, Throwable failure) {
        List<Duration> tiers = config.retryDelays();
        int attempt = event.attempt();
        if (attempt > tiers.size()) {
            return park(delivery, "retries_exhausted", failure);
        }
        Duration delay = tiers.get(attempt - 1);
        LOG.infof("Consumer %s: message %s failed (%s), attempt %d; retrying in %s", name, event.messageId(),
                failure.toString(), attempt, delay);
        Envelope envelope = delivery.raw().envelope();
        return handOver(delivery, outlets.retry(), Topology.delayRoutingKey(name, delay),
                Diagnostics.forRetry(delivery.raw().properties(), envelope.getExchange(), envelope.getRoutingKey(),
                        attempt + 1),
                () -> Uni.createFrom().voidItem().invoke(() -> metrics.retried(delay)));
    }

    private Uni<Void> park(Delivery delivery, String reason, Throwable failure) {
        RabbitMQMessage message = delivery.raw();
        LOG.warnf("Consumer %s parks message %s (%s): %s", name, delivery.messageId(), reason, failure.getMessage());
        Envelope envelope = message.envelope();
        int attempts = Diagnostics.attempts(message.properties());
        BasicProperties properties = Diagnostics.forParking(message.properties(), envelope.getExchange(),
                envelope.getRoutingKey(), name, reason, failure, attempts, config.stacktraceLines());
        ParkedEvent parked = new ParkedEvent(delivery.messageId(), documentOrNull(message), reason,
                failure.getMessage(), attempts);
        return handOver(delivery, outlets.parking(), Topology.queue(name), properties,
                () -> reportParked(parked).invoke(() -> metrics.parked(reason)));
    }

    /** Once per parked message id, even if the same message is parked again after a redelivery. */
    private Uni<Void> reportParked(ParkedEvent parked) {
        return AfterCommit.withTransaction(() -> markProcessed("parked:" + parked.messageId())
                        .chain(fresh -> fresh ? handler.parked(parked) : Uni.createFrom().voidItem()))
                .onFailure().recoverWithItem(failure -> {
                    LOG.errorf(failure, "Consumer %s could not report parked message %s", name, parked.messageId());
                    return null;
                });
    }

    private static JsonObject documentOrNull(RabbitMQMessage message) {
        try {
            return new JsonObject(message.body().getDelegate());
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /**
     * Hands the message on through {@code outlet} with a confirm, runs {@code afterHandOver}, then acks the
     * original; if the hand-over fails, the broker gets the original back.
     */
    private Uni<Void> handOver(Delivery delivery, MutinyEmitter<byte[]> outlet, String routingKey,
                               BasicProperties properties, Supplier<Uni<Void>> afterHandOver) {
        if (isStale(delivery)) {
            return Uni.createFrom().voidItem();
        }
        return Confirmed.send(outlet, Metadata.of(Confirmed.copyOf(properties, routingKey)), delivery.raw().body().getBytes(),
                        config.downstreamProbeInterval())
                .emitOn(delivery.executor())
                .chain(() -> afterHandOver.get())
                .chain(() -> ack(delivery))
                .onFailure().recoverWithUni(failure -> {
                    LOG.warnf("Consumer %s could not hand message %s on (%s); returning it to the queue", name,
                            delivery.messageId(), failure.getMessage());
                    return requeue(delivery, failure);
                });
    }

    private Uni<Void> ack(Delivery delivery) {
        return isStale(delivery) ? Uni.createFrom().voidItem()
                : Uni.createFrom().completionStage(() -> delivery.message().ack());
    }

    /** The channel's failure strategy is {@code requeue}: a nack hands the message back to its queue. */
    private Uni<Void> requeue(Delivery delivery, Throwable failure) {
        return isStale(delivery) ? Uni.createFrom().voidItem()
                : Uni.createFrom().completionStage(() -> delivery.message().nack(failure));
    }

    private boolean isStale(Delivery delivery) {
        if (channels.isCurrent(name, delivery.raw().consumerTag())) {
            return false;
        }
        metrics.settlementDropped();
        LOG.infof("Consumer %s: message %s came on a channel that has since closed; the broker has requeued it, so it"
                + " is not settled here", name, delivery.messageId());
        return true;
    }

    /**
     * Keeps the message (unacked, so not redelivered elsewhere and not counted against the delivery limit), pauses
     * the channel, and tries the message again after the probe interval, for as long as the downstream stays down.
     * If the channel reconnected meanwhile, the broker has requeued the message: the channel resumes so that the
     * redelivered copy comes in (and pauses it again if the downstream is still down).
     */
    private Uni<Void> holdUntilDownstreamRecovers(Delivery delivery, Throwable failure) {
        if (paused.getAndSet(1) == 0) {
            LOG.warnf("Consumer %s pauses: its downstream is unavailable (%s)", name, failure.getMessage());
            pausable.get().pause();
        }
        Context context = delivery.context();
        return Uni.createFrom().<Void>emitter(probe -> context.owner().setTimer(config.downstreamProbeInterval().toMillis(),
                        id -> context.runOnContext(ignored -> probe.complete(null))))
                .chain(() -> {
                    if (isStale(delivery)) {
                        resumeIfPaused();
                        return Uni.createFrom().voidItem();
                    }
                    return process(delivery);
                });
    }

    /** Whether it is paused behind an unavailable downstream (its circuit open). */
    boolean isPaused() {
        return paused.get() == 1;
    }

    private void resumeIfPaused() {
        if (paused.compareAndSet(1, 0)) {
            LOG.infof("Consumer %s resumes: its downstream is back", name);
            pausable.get().resume();
        }
    }
}
