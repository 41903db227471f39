package dev.checkout.order.checkout;

import dev.checkout.messaging.outbox.Outbox;
import dev.checkout.order.catalog.Stock;
import dev.checkout.order.orders.Order;
import dev.checkout.order.orders.OrderStatus;
import dev.checkout.order.orders.Orders;
import dev.checkout.order.payment.PaymentOutcome;
import dev.checkout.order.status.OrderTimeline;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Moves an order out of {@code PENDING_PAYMENT}, each step in one transaction with what must commit with it: the
 * order.placed event for a confirmation, the released stock for a decline or cancellation, and the order's timeline
 * entry for each. Every step is a
 * conditional update on the status, so whoever comes second (a client's retry, the reconciler, another replica)
 * changes nothing and reads the order as the first left it.
 */
@ApplicationScoped
class OrderSettlement {

    private static final Logger LOG = Logger.getLogger(OrderSettlement.class);

    private static final String PENDING = " where id = $1 and status = 'PENDING_PAYMENT'";
    private static final String CONFIRM = """
            update orders set status = 'CONFIRMED', authorization_id = $2, card_last4 = $3, card_country = $4,
                              confirmed_at = $5, updated_at = $5""" + PENDING;
    private static final String DECLINE =
            "update orders set status = 'PAYMENT_DECLINED', updated_at = $2, decline_code = $3" + PENDING;
    private static final String CANCEL = "update orders set status = 'CANCELLED', updated_at = $2" + PENDING;
    private static final String CANCEL_UNPAID = CANCEL + " and payment_attempted_at = $3";
    private static final String ATTEMPT = "update orders set payment_attempted_at = $2, updated_at = $2" + PENDING;

    private final Pool pool;
    private final Orders orders;
    private final Stock stock;
    private final Outbox outbox;
    private final OrderTimeline timeline;

    OrderSettlement(Pool pool, Orders orders, Stock stock, Outbox outbox, OrderTimeline timeline) {
        this.pool = pool;
        this.orders = orders;
        this.stock = stock;
        this.outbox = outbox;
        this.timeline = timeline;
    }

    Uni<Order> confirm(UUID orderId, PaymentOutcome.Authorized payment) {
        return transition(CONFIRM, Tuple.of(orderId, payment.authorizationId(), payment.cardLast4(),
                        payment.cardCountry(), now()),
                (connection, order) -> outbox.record(connection, OrderPlaced.of(order))
                        .chain(() -> timeline.statusChanged(connection, order)))
                .invoke(order -> {
                    if (order.status() == OrderStatus.CANCELLED) {
                        LOG.errorf("Order %s was cancelled although charge %s succeeded: refund it", orderId,
                                payment.authorizationId());
                    } else if (order.status() == OrderStatus.CONFIRMED) {
                        // With the trace id of the request, the line that starts an order's trail through the logs.
                        LOG.infof("Order %s confirmed (%d %s)", orderId, order.totalMinor(), order.currency());
                    }
                });
    }

    Uni<Order> decline(UUID orderId, String declineCode) {
        return transition(DECLINE, Tuple.of(orderId, now(), declineCode), this::releaseStockAndRecord);
    }

    /** The provider certainly did not charge: the order is given up and its stock released. */
    Uni<Order> cancel(UUID orderId) {
        return transition(CANCEL, Tuple.of(orderId, now()), this::releaseStockAndRecord);
    }

    /**
     * Cancels an order the provider has no charge for, unless someone asked the provider again since
     * {@code attemptSeen}: that charge may still land.
     */
    Uni<Order> cancelUnpaid(UUID orderId, Instant attemptSeen) {
        return transition(CANCEL_UNPAID, Tuple.of(orderId, now(), attemptSeen.atOffset(ZoneOffset.UTC)),
                this::releaseStockAndRecord);
    }

    /** Notes that the provider is about to be asked again, which keeps the reconciler away for a while. */
    Uni<Order> attemptPayment(UUID orderId) {
        return transition(ATTEMPT, Tuple.of(orderId, now()), (connection, order) -> Uni.createFrom().voidItem());
    }

    private Uni<Void> releaseStockAndRecord(SqlConnection connection, Order order) {
        return stock.release(connection, order.quantities()).chain(() -> timeline.statusChanged(connection, order));
    }

    /** Runs the conditional update (the order's id is its first value) and, if it changed the order, the rest. */
    private Uni<Order> transition(String update, Tuple values, BiFunction<SqlConnection, Order, Uni<Void>> whenChanged) {
        UUID orderId = values.getUUID(0);
        return pool.withTransaction(connection -> connection.preparedQuery(update).execute(values)
                .chain(changed -> orders.read(connection, orderId)
                        .call(order -> changed.rowCount() == 1 ? whenChanged.apply(connection, order)
                                : Uni.createFrom().voidItem())));
    }

    private static OffsetDateTime now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
