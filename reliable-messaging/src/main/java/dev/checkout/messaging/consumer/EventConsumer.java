package dev.checkout.messaging.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.BasicProperties;
import com.rabbitmq.client.Envelope;
import dev.checkout.messaging.broker.BrokerConnection;
import dev.checkout.messaging.contract.EventContract;
import dev.checkout.messaging.publish.ConfirmedPublisher;
import dev.checkout.messaging.topology.Topology;
import dev.checkout.messaging.topology.TopologyDeclarer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.rabbitmq.RabbitMQClient;
import io.vertx.mutiny.rabbitmq.RabbitMQConsumer;
import io.vertx.mutiny.rabbitmq.RabbitMQMessage;
import io.vertx.rabbitmq.QueueOptions;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs one {@link EventHandler}: declares its queues, consumes with bounded prefetch and manual acks, and for each
 * message checks the contract, skips duplicates, runs the handler in a transaction, and only then acks; failures
 * go to the next retry tier or to the parking lot, always published with a confirm before the original is acked.
 */
final class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private static final String MARK_PROCESSED = """
            insert into processed_message (consumer, message_id) values (?1, ?2) on conflict do nothing""";

    private final EventHandler handler;
    private final String name;
    private final ConsumerConfig config;
    private final Topology.ConsumerTopology topology;
    private final BrokerConnection broker;
    private final ConfirmedPublisher publisher;
    private final EventContract contract;
    private final ObjectMapper json;
    private final ConsumerMetrics metrics;
    private final RabbitMQClient client;
    private final AtomicInteger paused = new AtomicInteger();
    private volatile RabbitMQConsumer stream;

    EventConsumer(EventHandler handler, ConsumerConfig config, BrokerConnection broker, ConfirmedPublisher publisher,
                  EventContract contract, ObjectMapper json, MeterRegistry registry) {
        this.handler = handler;
        this.name = handler.consumer();
        this.config = config;
        this.topology = Topology.forConsumer(name, handler.routingKeys(), config);
        this.broker = broker;
        this.publisher = publisher;
        this.contract = contract;
        this.json = json;
        this.metrics = new ConsumerMetrics(name, registry, paused);
        // Prefetch is a channel setting: set again on every new connection, before the consumer is re-attached.
        this.client = broker.open("consumer " + name, c -> TopologyDeclarer.declare(c, topology)
                .chain(() -> c.basicQos(config.prefetch())));
    }

    /** Attaches once connected; after a reconnect the Vert.x client re-attaches the consumer to the new channel. */
    void start() {
        broker.connect(client, "consumer " + name, this::attach);
    }

    private void attach() {
        client.basicConsumer(topology.queue().name(), new QueueOptions()
                        .setAutoAck(false)
                        .setMaxInternalQueueSize(config.prefetch()))
                .subscribe().with(consumer -> {
                    stream = consumer;
                    consumer.handler(this::onMessage);
                    LOG.infof("Consumer %s is consuming %s", name, topology.queue().name());
                }, failure -> LOG.warnf("Consumer %s could not attach to %s: %s", name, topology.queue().name(),
                        failure.getMessage()));
    }

    private void onMessage(RabbitMQMessage message) {
        // Each message gets its own duplicated context, flagged safe: Hibernate Reactive keeps its session there.
        Context context = VertxContext.createNewDuplicatedContext(io.vertx.core.Vertx.currentContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> process(new Delivery(message, context)).subscribe().with(
                done -> { },
                failure -> LOG.errorf(failure, "Consumer %s could not settle message %s", name,
                        message.properties().getMessageId())));
    }

    /** A message and the context it is handled on; every step after an I/O hop comes back to that context. */
    private record Delivery(RabbitMQMessage message, Context context) {

        Executor executor() {
            return task -> context.runOnContext(ignored -> task.run());
        }
    }

    private Uni<Void> process(Delivery delivery) {
        RabbitMQMessage message = delivery.message();
        long deliveryTag = message.envelope().getDeliveryTag();
        IncomingEvent event;
        try {
            event = readEvent(message);
        } catch (PermanentFailure failure) {
            return park(delivery, failure.reasonCode(), failure);
        }
        Timer.Sample sample = metrics.startHandling();
        return handleOnce(event)
                .onItem().transformToUni(fresh -> {
                    metrics.handled(sample, fresh);
                    resumeIfPaused();
                    return client.basicAck(deliveryTag, false);
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
        return Panache.withTransaction(() -> markProcessed(event.messageId())
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
        RabbitMQMessage message = delivery.message();
        List<Duration> tiers = config.retryDelays();
        int attempt = event.attempt();
        if (attempt > tiers.size()) {
            return park(delivery, "retries_exhausted", failure);
        }
        Duration delay = tiers.get(attempt - 1);
        LOG.infof("Consumer %s: message %s failed (%s), attempt %d; retrying in %s", name, event.messageId(),
                failure.toString(), attempt, delay);
        Envelope envelope = message.envelope();
        return settle(delivery, "", Topology.retryQueue(name, delay),
                Diagnostics.forRetry(message.properties(), envelope.getExchange(), envelope.getRoutingKey(), attempt + 1),
                () -> Uni.createFrom().voidItem().invoke(() -> metrics.retried(delay)));
    }

    private Uni<Void> park(Delivery delivery, String reason, Throwable failure) {
        RabbitMQMessage message = delivery.message();
        String messageId = message.properties().getMessageId();
        LOG.warnf("Consumer %s parks message %s (%s): %s", name, messageId, reason, failure.getMessage());
        Envelope envelope = message.envelope();
        int attempts = Diagnostics.attempts(message.properties());
        BasicProperties properties = Diagnostics.forParking(message.properties(), envelope.getExchange(),
                envelope.getRoutingKey(), name, reason, failure, attempts, config.stacktraceLines());
        ParkedEvent parked = new ParkedEvent(messageId, documentOrNull(message), reason, failure.getMessage(), attempts);
        return settle(delivery, Topology.DEAD_LETTER_EXCHANGE, topology.queue().name(), properties,
                () -> reportParked(parked).invoke(() -> metrics.parked(reason)));
    }

    /** Once per parked message id, even if the same message is parked again after a redelivery. */
    private Uni<Void> reportParked(ParkedEvent parked) {
        return Panache.withTransaction(() -> markProcessed("parked:" + parked.messageId())
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
     * Hands the message on with a confirm, runs {@code afterHandOver}, then acks the original; if the hand-over
     * fails, the broker gets the original back.
     */
    private Uni<Void> settle(Delivery delivery, String exchange, String routingKey, BasicProperties properties,
                             Supplier<Uni<Void>> afterHandOver) {
        RabbitMQMessage message = delivery.message();
        long deliveryTag = message.envelope().getDeliveryTag();
        return publisher.publish(exchange, routingKey, properties, message.body().getBytes(),
                        config.downstreamProbeInterval())
                .emitOn(delivery.executor())
                .chain(() -> afterHandOver.get())
                .chain(() -> client.basicAck(deliveryTag, false))
                .onFailure().recoverWithUni(failure -> {
                    LOG.warnf("Consumer %s could not hand message %s on (%s); returning it to the queue", name,
                            message.properties().getMessageId(), failure.getMessage());
                    return client.basicNack(deliveryTag, false, true);
                });
    }

    /**
     * Keeps the message (unacked, so not redelivered elsewhere and not counted against the delivery limit), stops
     * taking new ones, and tries it again after the probe interval, for as long as the downstream stays down.
     */
    private Uni<Void> holdUntilDownstreamRecovers(Delivery delivery, Throwable failure) {
        if (paused.getAndSet(1) == 0) {
            LOG.warnf("Consumer %s pauses: its downstream is unavailable (%s)", name, failure.getMessage());
            stream.pause();
        }
        Context context = delivery.context();
        return Uni.createFrom().<Void>emitter(probe -> context.owner().setTimer(config.downstreamProbeInterval().toMillis(),
                        id -> context.runOnContext(ignored -> probe.complete(null))))
                .chain(() -> process(delivery));
    }

    private void resumeIfPaused() {
        if (paused.compareAndSet(1, 0)) {
            LOG.infof("Consumer %s resumes: its downstream is back", name);
            stream.resume();
        }
    }
}
