package dev.checkout.order.status;

import dev.checkout.order.checkout.Order;
import dev.checkout.order.checkout.Orders;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Records what happens to an order, in the caller's transaction, and queues each change for the order's webhook.
 * Entries are numbered under the order's row lock, so their numbers follow the commit order without gaps.
 */
@ApplicationScoped
public class OrderTimeline {

    private final Orders orders;
    private final TimelineEntries entries;
    private final WebhookDeliveries webhooks;

    OrderTimeline(Orders orders, TimelineEntries entries, WebhookDeliveries webhooks) {
        this.orders = orders;
        this.entries = entries;
        this.webhooks = webhooks;
    }

    /** The first entry of an order just placed, in the transaction that inserts it (nobody else can see it yet). */
    public Uni<Void> received(Order order) {
        return number(order, List.of(TimelineEntry.statusChange(TimelineEntry.ORDER_RECEIVED, order.status())), 0);
    }

    /** The order's payment was settled; in the transaction whose conditional update holds the order's row lock. */
    public Uni<Void> statusChanged(Order order) {
        String type = switch (order.status()) {
            case CONFIRMED -> TimelineEntry.ORDER_CONFIRMED;
            case PAYMENT_DECLINED -> TimelineEntry.ORDER_PAYMENT_DECLINED;
            case CANCELLED -> TimelineEntry.ORDER_CANCELLED;
            case PENDING_PAYMENT, ON_HOLD -> throw new IllegalArgumentException(
                    "payment settlement does not lead to " + order.status());
        };
        return append(order, List.of(TimelineEntry.statusChange(type, order.status())));
    }

    /** The order, locked until the end of the transaction; null if there is none. */
    Uni<Order> lock(UUID orderId) {
        return orders.findById(orderId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Appends the entries in the order given; the caller holds the order's row lock (see {@link #lock}). */
    Uni<Void> append(Order order, List<TimelineEntry> drafts) {
        return entries.lastSeq(order.id()).chain(last -> number(order, drafts, last));
    }

    private Uni<Void> number(Order order, List<TimelineEntry> drafts, int lastSeq) {
        // PostgreSQL keeps microseconds: an entry answered now must equal the entry read back later.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int seq = lastSeq;
        for (TimelineEntry draft : drafts) {
            draft.number(order.id(), ++seq, now);
        }
        return entries.persist(drafts).chain(() -> webhooks.enqueue(order, drafts));
    }
}
