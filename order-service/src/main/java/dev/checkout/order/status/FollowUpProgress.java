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
                            .chain(timelineSoFar -> {
                                OrderProgress soFar = new OrderProgress(catalog.names(), order.status());
                                timelineSoFar.forEach(soFar::add);
                                Progress recorded = soFar.progressOf(outcome.followUp());
                                if (!outcome.progress().supersedes(recorded)) {
                                    LOG.debugf("Outcome %s (%s) of order %s is not newer than the recorded one; "
                                            + "nothing changes", outcome.eventId(), outcome.type(), order.id());
                                    return Uni.createFrom().voidItem();
                                }
                                int lastSeq = timelineSoFar.isEmpty() ? 0
                                        : timelineSoFar.get(timelineSoFar.size() - 1).seq();
                                return apply(connection, order, lastSeq, outcome);
                            });
                });
    }

    private Uni<Void> apply(SqlConnection connection, Order order, int lastSeq, Outcome outcome) {
        List<TimelineEntry> changes = new ArrayList<>();
        changes.add(TimelineEntry.outcome(outcome, order.status()));
        FraudAssessment assessment = outcome.assessment();
        Instant now = Instant.now();
        if (assessment != null && assessment.holdsTheOrder() && order.hold(now)) {
            changes.add(TimelineEntry.statusChange(TimelineEntry.ORDER_ON_HOLD, OrderStatus.ON_HOLD));
        } else if (assessment != null && assessment.releasesTheHold() && order.releaseHold(now)) {
            changes.add(TimelineEntry.statusChange(TimelineEntry.ORDER_HOLD_RELEASED, OrderStatus.CONFIRMED));
        }
        Uni<Void> statusSaved = changes.size() > 1 ? orders.saveStatus(connection, order) : Uni.createFrom().voidItem();
        return statusSaved.chain(() -> timeline.append(connection, order, lastSeq, changes));
    }
}
