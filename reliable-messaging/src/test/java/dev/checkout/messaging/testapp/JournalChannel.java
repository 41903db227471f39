package dev.checkout.messaging.testapp;

import dev.checkout.messaging.consumer.Consumers;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/** The test application's channel for its SQL-client consumer: hands each message of checkout.journal on. */
@ApplicationScoped
public class JournalChannel {

    private final Consumers consumers;

    JournalChannel(Consumers consumers) {
        this.consumers = consumers;
    }

    @Incoming(JournalHandler.CONSUMER)
    CompletionStage<Void> receive(Message<?> message) {
        return consumers.receive(JournalHandler.CONSUMER, message);
    }
}
