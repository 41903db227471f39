package dev.checkout.messaging.topology;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.rabbitmq.RabbitMQClient;

import java.util.List;

/** Declares topology objects on a connection; every declaration is idempotent as long as the arguments agree. */
public final class TopologyDeclarer {

    private TopologyDeclarer() {
    }

    /** The exchanges every service needs, and the queue that keeps what nobody routes. */
    public static Uni<Void> declareShared(RabbitMQClient client) {
        return Multi.createFrom().iterable(Topology.sharedExchanges())
                .onItem().transformToUniAndConcatenate(exchange -> client.exchangeDeclare(exchange.name(),
                        exchange.type(), true, false, new JsonObject(exchange.arguments())))
                .collect().last()
                .chain(() -> declare(client, List.of(Topology.unroutableQueue()), List.of(Topology.unroutableBinding())));
    }

    public static Uni<Void> declare(RabbitMQClient client, Topology.ConsumerTopology topology) {
        return declareShared(client).chain(() -> declare(client, topology.queues(), topology.bindings()));
    }

    private static Uni<Void> declare(RabbitMQClient client, List<Topology.Queue> queues, List<Topology.Binding> bindings) {
        Uni<Void> declared = Multi.createFrom().iterable(queues)
                .onItem().transformToUniAndConcatenate(queue -> client.queueDeclare(queue.name(), true, false, false,
                        new JsonObject(queue.arguments())))
                .collect().last().replaceWithVoid();
        return declared.chain(() -> Multi.createFrom().iterable(bindings)
                .onItem().transformToUniAndConcatenate(b -> client.queueBind(b.queue(), b.exchange(), b.routingKey()))
                .collect().last().replaceWithVoid());
    }
}
