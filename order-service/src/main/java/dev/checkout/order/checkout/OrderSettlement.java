package dev.checkout.order.checkout;

import dev.checkout.messaging.outbox.Outbox;
import dev.checkout.order.catalog.Stock;
import dev.checkout.order.payment.PaymentOutcome;
import dev.checkout.order.status.OrderTimeline;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Function;

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

    private final Orders orders;
    private final Stock stock;
    private final Outbox outbox;
    private final OrderTimeline timeline;

    OrderSettlement(Orders orders, Stock stock, Outbox outbox, OrderTimeline timeline) {
        this.orders = orders;
        this.stock = stock;
        this.outbox = outbox;
        this.timeline = timeline;
    }

    Uni<Order> confirm(UUID orderId, PaymentOutcome.Authorized payment) {
        return transition(orderId, """
                        status = :status, authorizationId = :authorization, cardLast4 = :last4, \
                        cardCountry = :country, confirmedAt = :confirmedAt""", "",
                Parameters.with("status", OrderStatus.CONFIRMED)
                        .and("authorization", payment.authorizationId())
                        .and("last4", payment.cardLast4())
                        .and("country", payment.cardCountry())
                        .and("confirmedAt", now()),
                order -> outbox.record(OrderPlaced.of(order)).chain(() -> timeline.statusChanged(order)))
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
        return transition(orderId, "status = :status, declineCode = :declineCode", "",
                Parameters.with("status", OrderStatus.PAYMENT_DECLINED).and("declineCode", declineCode),
                this::releaseStockAndRecord);
    }

    /** The provider certainly did not charge: the order is given up and its stock released. */
    Uni<Order> cancel(UUID orderId) {
        return transition(orderId, "status = :status", "",
                Parameters.with("status", OrderStatus.CANCELLED),
                this::releaseStockAndRecord);
    }

    /**
     * Cancels an order the provider has no charge for, unless someone asked the provider again since
     * {@code attemptSeen}: that charge may still land.
     */
    Uni<Order> cancelUnpaid(UUID orderId, Instant attemptSeen) {
        return transition(orderId, "status = :status", " and paymentAttemptedAt = :seen",
                Parameters.with("status", OrderStatus.CANCELLED).and("seen", attemptSeen),
                this::releaseStockAndRecord);
    }

    /** Notes that the provider is about to be asked again, which keeps the reconciler away for a while. */
    Uni<Order> attemptPayment(UUID orderId) {
        return transition(orderId, "paymentAttemptedAt = :now", "", Parameters.with("now", now()),
                order -> Uni.createFrom().voidItem());
    }

    private Uni<Void> releaseStockAndRecord(Order order) {
        return stock.release(order.quantities()).chain(() -> timeline.statusChanged(order));
    }

    private Uni<Order> transition(UUID orderId, String assignments, String guard, Parameters values,
                                  Function<Order, Uni<Void>> whenChanged) {
        String update = assignments + ", updatedAt = :updatedAt where id = :id and status = :pending" + guard;
        return Panache.withTransaction(() -> orders
                .update(update, values.and("updatedAt", now()).and("id", orderId)
                        .and("pending", OrderStatus.PENDING_PAYMENT))
                .chain(changed -> orders.findById(orderId)
                        .call(order -> changed == 1 ? whenChanged.apply(order) : Uni.createFrom().voidItem())));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
