package dev.checkout.order.checkout;

import dev.checkout.order.catalog.Products;
import dev.checkout.order.idempotency.RequestId;
import dev.checkout.order.orders.Order;
import dev.checkout.order.orders.OrderStatus;
import dev.checkout.order.orders.Orders;
import dev.checkout.order.payment.CardPayments;
import dev.checkout.order.payment.PaymentOutcome;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * The synchronous checkout (DESIGN.md §4): price the cart from the catalog, reserve its stock and record the order
 * as PENDING_PAYMENT in one statement ({@link PlacedOrders}), charge the card, then settle the order. No transaction
 * stays open while the provider is asked, so a slow provider holds no database connection. The hot path runs on the
 * SQL client, statement for statement: Hibernate Reactive cost more CPU per checkout than everything else together.
 */
@ApplicationScoped
public class Checkout {

    private final Products products;
    private final PlacedOrders placedOrders;
    private final Orders orders;
    private final CardPayments payments;
    private final OrderSettlement settlement;
    private final CheckoutConfig config;

    Checkout(Products products, PlacedOrders placedOrders, Orders orders, CardPayments payments,
             OrderSettlement settlement, CheckoutConfig config) {
        this.products = products;
        this.placedOrders = placedOrders;
        this.orders = orders;
        this.payments = payments;
        this.settlement = settlement;
        this.config = config;
    }

    /**
     * Places the order, or, when an idempotent request comes back ({@code requestId} retried), carries on with the
     * order it already placed: a pending payment is asked of the provider again under the same idempotency key.
     * Fails with the typed failure that says why the order is not confirmed.
     */
    public Uni<Order> place(PlaceOrderRequest request, RequestId requestId) {
        if (requestId == null || !requestId.retried()) {
            return placeNew(request, requestId == null ? null : requestId.value());
        }
        return Panache.withSession(() -> orders.latestPlacedBy(requestId.value()))
                .chain(order -> order == null || order.status() == OrderStatus.CANCELLED
                        ? placeNew(request, requestId.value())
                        : resume(order, request.payment().token()));
    }

    private Uni<Order> placeNew(PlaceOrderRequest request, UUID requestId) {
        return products.bySku(request.lines().stream().map(PlaceOrderRequest.Line::sku).toList())
                .chain(catalog -> {
                    PricedCart cart = PricedCart.price(request.lines(), catalog);
                    return placedOrders.record(Order.place(requestId, request.customer(), request.shippingAddress(),
                            request.callbackUrl(), cart.currency(), cart.totalMinor(), cart.lines()), cart.quantities());
                })
                .chain(order -> pay(order, request.payment().token()));
    }

    private Uni<Order> resume(Order order, String token) {
        if (!order.isPendingPayment()) {
            return outcomeOf(order);
        }
        return settlement.attemptPayment(order.id())
                .chain(current -> current.isPendingPayment() ? pay(current, token) : outcomeOf(current));
    }

    private Uni<Order> pay(Order order, String token) {
        return payments.charge(order.id(), order.totalMinor(), order.currency(), token)
                .chain(outcome -> {
                    if (outcome instanceof PaymentOutcome.Authorized authorized) {
                        return settlement.confirm(order.id(), authorized);
                    }
                    if (outcome instanceof PaymentOutcome.Declined declined) {
                        return settlement.decline(order.id(), declined.declineCode());
                    }
                    if (outcome instanceof PaymentOutcome.Unavailable) {
                        return settlement.cancel(order.id());
                    }
                    // Unknown: the order keeps its stock until the provider can tell.
                    return Uni.createFrom().item(order);
                })
                .chain(this::outcomeOf);
    }

    /** The order if it is confirmed; otherwise the failure that tells the client where it stands. */
    private Uni<Order> outcomeOf(Order order) {
        return switch (order.status()) {
            case CONFIRMED, ON_HOLD -> Uni.createFrom().item(order);
            case PAYMENT_DECLINED -> Uni.createFrom().failure(new PaymentDeclined(order));
            case CANCELLED -> Uni.createFrom().failure(new PaymentUnavailable(config.paymentRetryAfter()));
            case PENDING_PAYMENT -> Uni.createFrom().failure(
                    new PaymentOutcomeUnknown(order.id(), config.paymentRetryAfter()));
        };
    }
}
