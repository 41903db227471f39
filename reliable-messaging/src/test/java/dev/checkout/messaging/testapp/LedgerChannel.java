package dev.checkout.messaging.testapp;

import dev.checkout.messaging.consumer.Consumers;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/** The test application's consumer channel: hands every message of checkout.ledger to the library. */
@ApplicationScoped
public class LedgerChannel {

    private final Consumers consumers;

    LedgerChannel(Consumers consumers) {
        this.consumers = consumers;
    }

    @Incoming(LedgerHandler.CONSUMER)
    CompletionStage<Void> receive(Message<?> message) {
        return consumers.receive(LedgerHandler.CONSUMER, message);
    }
}
