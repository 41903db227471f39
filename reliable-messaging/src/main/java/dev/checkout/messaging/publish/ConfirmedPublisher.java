package dev.checkout.messaging.publish;

import com.rabbitmq.client.BasicProperties;
import dev.checkout.messaging.broker.BrokerConnection;
import dev.checkout.messaging.topology.TopologyDeclarer;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.rabbitmq.RabbitMQClient;
import io.vertx.mutiny.rabbitmq.RabbitMQPublisher;
import io.vertx.rabbitmq.RabbitMQPublisherOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;

/**
 * Publishes with publisher confirms: the returned {@code Uni} succeeds only once the broker has taken
 * responsibility for the message, and fails on a nack (e.g. a full queue with {@code reject-publish}), on a
 * closed connection, or when no confirm arrives in time. Callers retry; consumers are idempotent, so the rare
 * message that was published but whose confirm got lost costs nothing but a skipped duplicate.
 */
@ApplicationScoped
public class ConfirmedPublisher {

    private static final String PURPOSE = "publisher";

    private final BrokerConnection broker;
    private final RabbitMQClient client;
    private final RabbitMQPublisher publisher;

    ConfirmedPublisher(Vertx vertx, BrokerConnection broker) {
        this.broker = broker;
        this.client = broker.open(PURPOSE, TopologyDeclarer::declareShared);
        // The Vert.x publisher sends one message at a time and matches each confirm to its delivery tag.
        this.publisher = RabbitMQPublisher.create(vertx, client, new RabbitMQPublisherOptions()
                .setReconnectAttempts(0));
    }

    void start(@Observes StartupEvent event) {
        // The Vert.x publisher turns on confirms itself on every (re)connection.
        broker.connect(client, PURPOSE, () -> { });
    }

    public boolean isConnected() {
        return client.isConnected();
    }

    public Uni<Void> publish(String exchange, String routingKey, BasicProperties properties, byte[] body,
                             Duration confirmTimeout) {
        if (!client.isConnected()) {
            return Uni.createFrom().failure(new PublishFailedException("not connected to RabbitMQ at " + broker.describe()));
        }
        return publisher.publishConfirm(exchange, routingKey, properties, Buffer.buffer(body))
                .ifNoItem().after(confirmTimeout).failWith(() -> new PublishFailedException(
                        "no confirm from the broker within " + confirmTimeout))
                .onFailure(f -> !(f instanceof PublishFailedException))
                .transform(f -> new PublishFailedException(f.getMessage()))
                .replaceWithVoid();
    }

    /** How many messages a queue holds right now (a passive check; the queue must exist). */
    public Uni<Long> messageCount(String queue) {
        return client.messageCount(queue);
    }
}
