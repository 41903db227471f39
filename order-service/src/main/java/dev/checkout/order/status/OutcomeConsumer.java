package dev.checkout.order.status;

import dev.checkout.messaging.consumer.IncomingEvent;
import dev.checkout.messaging.consumer.SqlEventHandler;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;


/**
 * Consumes the workers' outcome events from {@code checkout.order-status}. The messaging library checks each against
 * its contract, parks what is invalid, and calls this once per message id inside a transaction; an outcome for an
 * order this service does not know is parked too ({@code unknown_order}), and so is one no configured follow-up is
 * moved by ({@code unknown_outcome}). Four outcomes of each order queue on that order's row lock, so the transaction
 * runs on the SQL client: the lock is held for its statements only.
 */
@ApplicationScoped
public class OutcomeConsumer implements SqlEventHandler {

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
    public Uni<Void> handle(IncomingEvent event, SqlConnection connection) {
        return Uni.createFrom().item(() -> Outcome.of(event, catalog))
                .chain(outcome -> progress.record(outcome, connection));
    }
}
