package dev.checkout.email.confirmation;

import dev.checkout.messaging.consumer.Consumers;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/**
 * Placed orders, from queue {@code checkout.email}, for {@link OrderConfirmationHandler}. The channel is configured under
 * {@code mp.messaging.incoming.email} in application.properties; the messaging library checks, handles,
 * retries or parks each message and settles it itself.
 */
@ApplicationScoped
class OrderPlacedChannel {

    private final Consumers consumers;

    OrderPlacedChannel(Consumers consumers) {
        this.consumers = consumers;
    }

    @Incoming("email")
    CompletionStage<Void> receive(Message<?> message) {
        return consumers.receive("email", message);
    }
}
