package dev.checkout.fraud.assessment;

import dev.checkout.messaging.consumer.Consumers;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/**
 * Placed orders, from queue {@code checkout.fraud}, for {@link OrderScreening}. The channel is configured under
 * {@code mp.messaging.incoming.fraud} in application.properties; the messaging library checks, handles,
 * retries or parks each message and settles it itself.
 */
@ApplicationScoped
class OrderPlacedChannel {

    private final Consumers consumers;

    OrderPlacedChannel(Consumers consumers) {
        this.consumers = consumers;
    }

    @Incoming("fraud")
    CompletionStage<Void> receive(Message<?> message) {
        return consumers.receive("fraud", message);
    }
}
