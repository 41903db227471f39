package dev.checkout.order.status;

import dev.checkout.messaging.consumer.Consumers;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/**
 * The workers' outcome events, from queue {@code checkout.order-status}, for {@link OutcomeConsumer}. The channel is configured under
 * {@code mp.messaging.incoming.order-status} in application.properties; the messaging library checks, handles,
 * retries or parks each message and settles it itself.
 */
@ApplicationScoped
class OutcomeChannel {

    private final Consumers consumers;

    OutcomeChannel(Consumers consumers) {
        this.consumers = consumers;
    }

    @Incoming("order-status")
    CompletionStage<Void> receive(Message<?> message) {
        return consumers.receive("order-status", message);
    }
}
