package dev.checkout.order.status;

import dev.checkout.messaging.database.AfterCommit;
import dev.checkout.order.orders.Order;
import dev.checkout.order.orders.Orders;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Records what happens to an order, in the caller's transaction, and queues each change for the order's webhook.
 * Entries are numbered under the order's row lock, so their numbers follow the commit order without gaps. Once the
 * transaction has committed, every replica hears of the change ({@link ChangeNotifications}); a Hibernate transaction
 * must be opened with {@link AfterCommit#withTransaction} for that.
 */
@ApplicationScoped
public class OrderTimeline {

    // Numbered in the statement itself: one round trip for the checkout's entries.
    private static final String APPEND_STATUS_CHANGE = """
            insert into order_timeline (id, order_id, seq, type, recorded_at, order_status)
            select $1, $2, coalesce(max(seq), 0) + 1, $3, $4, $5 from order_timeline where order_id = $2
            returning seq""";

    private static final String APPEND = """
            insert into order_timeline (id, order_id, seq, type, recorded_at, order_status, follow_up, state, event_id,
                                        occurred_at, detail)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)""";

    private final Orders orders;
    private final TimelineEntries entries;
    private final WebhookDeliveries webhooks;
    private final ChangeNotifications notifications;

    OrderTimeline(Orders orders, TimelineEntries entries, WebhookDeliveries webhooks,
                  ChangeNotifications notifications) {
        this.orders = orders;
        this.entries = entries;
        this.webhooks = webhooks;
        this.notifications = notifications;
    }

    /** The first entry of an order about to be placed, for the statement that places it. */
    public ReceivedEntry received(Order order) {
        TimelineEntry entry = TimelineEntry.statusChange(TimelineEntry.ORDER_RECEIVED, order.status());
        OffsetDateTime now = now().atOffset(ZoneOffset.UTC);
        entry.number(order.id(), 1, now.toInstant());
        WebhookDelivery delivery = webhooks.deliveriesOf(order, List.of(entry)).stream().findFirst().orElse(null);
        return delivery == null ? new ReceivedEntry(entry.id(), TimelineEntry.ORDER_RECEIVED, now, null, null, null)
                : new ReceivedEntry(entry.id(), TimelineEntry.ORDER_RECEIVED, now, delivery.id(), delivery.body(),
                delivery.giveUpAt().atOffset(ZoneOffset.UTC));
    }

    /** Once the statement that placed the order has committed: every replica hears of its first entry. */
    public void placed(Order order, ReceivedEntry received) {
        notifications.changed(order.id(), received.deliveryId() != null);
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
            number(order, last, drafts);
            return entries.persist(drafts).chain(() -> webhooks.enqueue(order, drafts));
        }).invoke(queued -> AfterCommit.run(() -> notifications.changed(order.id(), queued))).replaceWithVoid();
    }

    /**
     * The same, in the transaction open on {@code connection}, which holds the order's row lock and has read
     * {@code lastSeq}, the order's last entry number, under it.
     */
    Uni<Void> append(SqlConnection connection, Order order, int lastSeq, List<TimelineEntry> drafts) {
        number(order, lastSeq, drafts);
        return connection.preparedQuery(APPEND).executeBatch(drafts.stream().map(TimelineEntry::row).toList())
                .chain(() -> webhooks.enqueue(connection, order, drafts))
                .invoke(queued -> AfterCommit.run(connection, () -> notifications.changed(order.id(), queued)))
                .replaceWithVoid();
    }

    private static void number(Order order, int lastSeq, List<TimelineEntry> drafts) {
        Instant now = now();
        int seq = lastSeq;
        for (TimelineEntry draft : drafts) {
            draft.number(order.id(), ++seq, now);
        }
    }

    private Uni<Void> appendStatusChange(SqlConnection connection, Order order, String type) {
        TimelineEntry entry = TimelineEntry.statusChange(type, order.status());
        Instant now = now();
        return connection.preparedQuery(APPEND_STATUS_CHANGE)
                .execute(Tuple.of(entry.id(), order.id(), type, now.atOffset(ZoneOffset.UTC), order.status().name()))
                .chain(numbered -> {
                    entry.number(order.id(), numbered.iterator().next().getInteger("seq"), now);
                    return webhooks.enqueue(connection, order, List.of(entry));
                })
                .invoke(queued -> AfterCommit.run(connection, () -> notifications.changed(order.id(), queued)))
                .replaceWithVoid();
    }

    // PostgreSQL keeps microseconds: an entry answered now must equal the entry read back later.
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
