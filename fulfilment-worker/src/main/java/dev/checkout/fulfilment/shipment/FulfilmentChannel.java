package dev.checkout.fulfilment.shipment;

import dev.checkout.messaging.consumer.Consumers;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/**
 * Placed orders and fraud decisions, from queue {@code checkout.fulfilment}, for {@link Fulfilment}. The channel is
 * configured under {@code mp.messaging.incoming.fulfilment} in application.properties; the messaging library checks,
 * handles, retries or parks each message and settles it itself.
 */
@ApplicationScoped
class FulfilmentChannel {

    private final Consumers consumers;

    FulfilmentChannel(Consumers consumers) {
        this.consumers = consumers;
    }

    @Incoming(Fulfilment.CONSUMER)
    CompletionStage<Void> receive(Message<?> message) {
        return consumers.receive(Fulfilment.CONSUMER, message);
    }
}
