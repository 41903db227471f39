package dev.checkout.order.status;

import dev.checkout.order.orders.Order;
import dev.checkout.order.orders.Orders;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Records what happens to an order, in the caller's transaction, and queues each change for the order's webhook.
 * Entries are numbered under the order's row lock, so their numbers follow the commit order without gaps.
 */
@ApplicationScoped
public class OrderTimeline {

    // Numbered in the statement itself: one round trip for the checkout's entries.
    private static final String APPEND_STATUS_CHANGE = """
            insert into order_timeline (id, order_id, seq, type, recorded_at, order_status)
            select $1, $2, coalesce(max(seq), 0) + 1, $3, $4, $5 from order_timeline where order_id = $2
            returning seq""";

    private final Orders orders;
    private final TimelineEntries entries;
    private final WebhookDeliveries webhooks;

    OrderTimeline(Orders orders, TimelineEntries entries, WebhookDeliveries webhooks) {
        this.orders = orders;
        this.entries = entries;
        this.webhooks = webhooks;
    }

    /** The first entry of an order just placed, in the transaction that inserts it (nobody else can see it yet). */
    public Uni<Void> received(SqlConnection connection, Order order) {
        return appendStatusChange(connection, order, TimelineEntry.ORDER_RECEIVED);
    }

    /** The order's payment was settled; in the transaction whose conditional update holds the order's row lock. */
    public Uni<Void> statusChanged(SqlConnection connection, Order order) {
        String type = switch (order.status()) {
            case CONFIRMED -> TimelineEntry.ORDER_CONFIRMED;
            case PAYMENT_DECLINED -> TimelineEntry.ORDER_PAYMENT_DECLINED;
            case CANCELLED -> TimelineEntry.ORDER_CANCELLED;
            case PENDING_PAYMENT, ON_HOLD -> throw new IllegalArgumentException(
                    "payment settlement does not lead to " + order.status());
        };
        return appendStatusChange(connection, order, type);
    }

    /** The order, locked until the end of the transaction; null if there is none. */
    Uni<Order> lock(UUID orderId) {
        return orders.findById(orderId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Appends the entries in the order given; the caller holds the order's row lock (see {@link #lock}). */
    Uni<Void> append(Order order, List<TimelineEntry> drafts) {
        return entries.lastSeq(order.id()).chain(last -> {
            Instant now = now();
            int seq = last;
            for (TimelineEntry draft : drafts) {
                draft.number(order.id(), ++seq, now);
            }
            return entries.persist(drafts).chain(() -> webhooks.enqueue(order, drafts));
        });
    }

    private Uni<Void> appendStatusChange(SqlConnection connection, Order order, String type) {
        TimelineEntry entry = TimelineEntry.statusChange(type, order.status());
        Instant now = now();
        return connection.preparedQuery(APPEND_STATUS_CHANGE)
                .execute(Tuple.of(entry.id(), order.id(), type, now.atOffset(ZoneOffset.UTC), order.status().name()))
                .chain(numbered -> {
                    entry.number(order.id(), numbered.iterator().next().getInteger("seq"), now);
                    return webhooks.enqueue(connection, order, List.of(entry));
                });
    }

    // PostgreSQL keeps microseconds: an entry answered now must equal the entry read back later.
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
