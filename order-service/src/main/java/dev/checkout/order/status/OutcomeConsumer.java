package dev.checkout.order.status;

import dev.checkout.messaging.consumer.EventHandler;
import dev.checkout.messaging.consumer.IncomingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;


/**
 * Consumes the workers' outcome events from {@code checkout.order-status}. The messaging library checks each against
 * its contract, parks what is invalid, and calls this once per message id inside a transaction; an outcome for an
 * order this service does not know is parked too ({@code unknown_order}), and so is one no configured follow-up is
 * moved by ({@code unknown_outcome}).
 */
@ApplicationScoped
public class OutcomeConsumer implements EventHandler {

    static final String CONSUMER = "order-status";

    private final FollowUpProgress progress;
    private final FollowUpCatalog catalog;

    OutcomeConsumer(FollowUpProgress progress, FollowUpCatalog catalog) {
        this.progress = progress;
        this.catalog = catalog;
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public Uni<Void> handle(IncomingEvent event) {
        return Uni.createFrom().item(() -> Outcome.of(event, catalog)).chain(progress::record);
    }
}
