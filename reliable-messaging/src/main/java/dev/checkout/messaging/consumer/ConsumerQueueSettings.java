package dev.checkout.messaging.consumer;

import dev.checkout.messaging.topology.ConsumerQueues;
import dev.checkout.messaging.topology.QueueLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.Set;
import java.util.TreeSet;

/** The service's consumers (one per {@link EventHandler}) and their queue limits, for the topology to declare. */
@ApplicationScoped
class ConsumerQueueSettings implements ConsumerQueues {

    private final Instance<EventHandler> handlers;
    private final ConsumerConfig config;

    ConsumerQueueSettings(Instance<EventHandler> handlers, ConsumerConfig config) {
        this.handlers = handlers;
        this.config = config;
    }

    @Override
    public Set<String> consumers() {
        Set<String> names = new TreeSet<>();
        handlers.forEach(handler -> names.add(handler.consumer()));
        return names;
    }

    @Override
    public QueueLimits limits() {
        return config;
    }
}
