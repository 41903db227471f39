package dev.checkout.messaging.topology;

import java.util.Set;

/**
 * What the topology needs to know of the service's consumers: their names and the limits of their queues. The
 * consumer capability provides it, so that the topology does not depend on the consumers (they depend on it).
 */
public interface ConsumerQueues {

    Set<String> consumers();

    QueueLimits limits();
}
