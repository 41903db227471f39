package dev.checkout.order.checkout;

import dev.checkout.order.orders.Order;
import dev.checkout.problem.ProblemException;

import java.util.Map;

/** The card was declined; the order is PAYMENT_DECLINED and its stock released. */
final class PaymentDeclined extends ProblemException {

    private final Order order;

    PaymentDeclined(Order order) {
        super(402, "payment_declined", "Payment declined", "The card was declined (" + order.declineCode()
                + "); nothing was charged. Try another card.");
        this.order = order;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("orderId", order.id(), "declineCode", order.declineCode());
    }

    @Override
    public boolean isFinal() {
        return true;
    }
}
