package dev.checkout.analytics.recording;

import dev.checkout.messaging.consumer.EventHandler;
import dev.checkout.messaging.consumer.IncomingEvent;
import dev.checkout.messaging.consumer.ParkedEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.UUID;

/**
 * Consumer {@value #CONSUMER}: counts every placed order in the sales aggregates, once, and reports it. The library
 * runs {@link #handle} once per message id inside a transaction that also records the message as processed, so
 * the counts, the outcome event and the processed mark commit together.
 */
@ApplicationScoped
public class SalesRecorder implements EventHandler {

    public static final String CONSUMER = "analytics";

    private static final Logger LOG = Logger.getLogger(SalesRecorder.class);

    private final SalesAggregates aggregates;
    private final RecordingOutcomes outcomes;

    SalesRecorder(SalesAggregates aggregates, RecordingOutcomes outcomes) {
        this.aggregates = aggregates;
        this.outcomes = outcomes;
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }


    @Override
    public Uni<Void> handle(IncomingEvent event) {
        // The outcome first, the counters last: concurrent orders of the same hour update the same row, and its
        // lock is then held only for the last statement and the commit.
        return Uni.createFrom().item(() -> OrderSale.of(event.mapTo(OrderPlaced.class)))
                .chain(sale -> outcomes.recorded(sale.orderId()).chain(() -> aggregates.add(sale)));
    }

    @Override
    public Uni<Void> parked(ParkedEvent parked) {
        Optional<UUID> orderId = orderIdOf(parked);
        if (orderId.isEmpty()) {
            LOG.warnf("Parked message %s names no order; no analytics.failed is recorded", parked.messageId());
            return Uni.createFrom().voidItem();
        }
        String message = parked.message() != null ? parked.message() : parked.reasonCode();
        return outcomes.failed(orderId.get(), parked.reasonCode(), message, Math.max(1, parked.attempts()));
    }

    private static Optional<UUID> orderIdOf(ParkedEvent parked) {
        if (!parked.hasDocument() || !(parked.document().getValue("order") instanceof JsonObject order)
                || !(order.getValue("orderId") instanceof String id)) {
            return Optional.empty();
        }
        try {
            UUID uuid = UUID.fromString(id);
            // fromString also takes short forms such as "1-2-3-4-5", which the outcome's contract would refuse.
            return uuid.toString().equalsIgnoreCase(id) ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
