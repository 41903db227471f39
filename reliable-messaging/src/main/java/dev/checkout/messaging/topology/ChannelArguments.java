package dev.checkout.messaging.topology;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.util.Map;

/**
 * The argument maps the connector's channels name in {@code exchange.arguments} and {@code queue.arguments}, taken
 * from {@link Topology} so that what the connector declares is what {@code deploy/rabbitmq/definitions.json} says.
 */
@ApplicationScoped
public class ChannelArguments {

    /** {@code exchange.arguments} of every channel on {@code checkout.events}. */
    public static final String EVENTS_EXCHANGE = "checkout.events-arguments";
    /** {@code queue.arguments} of every consumer's channel. */
    public static final String CONSUMER_QUEUE = "checkout.consumer-queue-arguments";

    @Produces
    @Identifier(EVENTS_EXCHANGE)
    Map<String, Object> eventsExchange() {
        return Topology.eventsExchange().arguments();
    }

    @Produces
    @Identifier(CONSUMER_QUEUE)
    Map<String, Object> consumerQueue(ConsumerQueues consumers) {
        return Topology.consumerQueueArguments(consumers.limits());
    }
}
