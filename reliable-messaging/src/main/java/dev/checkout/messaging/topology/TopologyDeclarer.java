package dev.checkout.messaging.topology;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.rabbitmq.RabbitMQClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Declares what the connector's channel attributes cannot: the unroutable exchange and queue (the alternate exchange
 * of {@code checkout.events}) and each consumer's delayed-retry tiers with their bindings. The connector declares the rest when a channel
 * connects (see {@link ChannelArguments}). Every declaration is idempotent as long as the arguments agree.
 */
@ApplicationScoped
public class TopologyDeclarer {

    private final ConsumerQueues consumers;

    TopologyDeclarer(ConsumerQueues consumers) {
        this.consumers = consumers;
    }

    public Uni<Void> declare(RabbitMQClient client) {
        List<Topology.Queue> queues = new ArrayList<>(List.of(Topology.unroutableQueue()));
        List<Topology.Binding> bindings = new ArrayList<>(List.of(Topology.unroutableBinding()));
        for (String name : consumers.consumers()) {
            // The tiers dead-letter to checkout.events; the consumer's channel binds retry.<consumer> to its queue.
            Topology.ConsumerTopology consumer = Topology.forConsumer(name, List.of(), consumers.limits());
            queues.addAll(consumer.retryQueues());
            bindings.addAll(consumer.retryBindings());
        }
        Topology.Exchange unroutable = Topology.unroutableExchange();
        return client.exchangeDeclare(unroutable.name(), unroutable.type(), true, false, new JsonObject(unroutable.arguments()))
                .chain(() -> Multi.createFrom().iterable(queues)
                        .onItem().transformToUniAndConcatenate(queue -> client.queueDeclare(queue.name(), true, false,
                                false, new JsonObject(queue.arguments())))
                        .collect().last())
                .chain(() -> Multi.createFrom().iterable(bindings)
                        .onItem().transformToUniAndConcatenate(b -> client.queueBind(b.queue(), b.exchange(), b.routingKey()))
                        .collect().last())
                .replaceWithVoid();
    }
}
