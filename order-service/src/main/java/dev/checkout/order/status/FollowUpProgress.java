package dev.checkout.order.status;

import dev.checkout.messaging.consumer.PermanentFailure;
import dev.checkout.order.orders.Order;
import dev.checkout.order.orders.OrderStatus;
import dev.checkout.order.orders.Orders;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a worker's outcome to its order, in the consumer's transaction on the SQL client: under the order's row
 * lock, so outcomes of one order apply one after the other, and only if it is newer than the follow-up's recorded
 * state ({@link Progress}). A fraud decision may hold the order or release the hold.
 */
@ApplicationScoped
class FollowUpProgress {

    private static final Logger LOG = Logger.getLogger(FollowUpProgress.class);

    private final Orders orders;
    private final OrderTimeline timeline;
    private final TimelineEntries entries;
    private final FollowUpCatalog catalog;

    FollowUpProgress(Orders orders, OrderTimeline timeline, TimelineEntries entries, FollowUpCatalog catalog) {
        this.orders = orders;
        this.timeline = timeline;
        this.entries = entries;
        this.catalog = catalog;
    }

    Uni<Void> record(Outcome outcome, SqlConnection connection) {
        return orders.lockWithoutLines(connection, outcome.orderId())
                .onItem().ifNull().failWith(() -> new PermanentFailure("unknown_order",
                        "no order has id " + outcome.orderId()))
                .chain(order -> {
                    if (order.confirmedAt() == null) {
                        throw new PermanentFailure("order_not_confirmed", "order " + order.id() + " is "
                                + order.status() + "; only confirmed orders have follow-ups");
                    }
                    // The whole timeline in one round trip (a few entries): the follow-up's latest and the last
                    // number, read while the order's row lock is held.
                    return entries.of(connection, order.id())
                            .chain(timelineSoFar -> apply(connection, order, timelineSoFar, outcome));
                });
    }

    private Uni<Void> apply(SqlConnection connection, Order order, List<TimelineEntry> timelineSoFar,
                            Outcome outcome) {
        OrderProgress soFar = new OrderProgress(catalog.names(), order.status());
        timelineSoFar.forEach(soFar::add);
        if (!outcome.progress().supersedes(soFar.progressOf(outcome.followUp()))) {
            LOG.debugf("Outcome %s (%s) of order %s is not newer than the recorded one; nothing changes",
                    outcome.eventId(), outcome.type(), order.id());
            return Uni.createFrom().voidItem();
        }
        int lastSeq = timelineSoFar.isEmpty() ? 0 : timelineSoFar.get(timelineSoFar.size() - 1).seq();
        List<TimelineEntry> changes = new ArrayList<>();
        changes.add(TimelineEntry.outcome(outcome, order.status()));
        TimelineEntry statusChange = moveOn(order, outcome.assessment());
        if (statusChange == null) {
            return timeline.append(connection, order, lastSeq, changes);
        }
        changes.add(statusChange);
        return orders.saveStatus(connection, order).chain(() -> timeline.append(connection, order, lastSeq, changes));
    }

    /** Holds the order or releases its hold as the fraud decision says; the entry recording it, or null. */
    private static TimelineEntry moveOn(Order order, FraudAssessment assessment) {
        Instant now = Instant.now();
        if (assessment != null && assessment.holdsTheOrder() && order.hold(now)) {
            return TimelineEntry.statusChange(TimelineEntry.ORDER_ON_HOLD, OrderStatus.ON_HOLD);
        }
        if (assessment != null && assessment.releasesTheHold() && order.releaseHold(now)) {
            return TimelineEntry.statusChange(TimelineEntry.ORDER_HOLD_RELEASED, OrderStatus.CONFIRMED);
        }
        return null;
    }
}
