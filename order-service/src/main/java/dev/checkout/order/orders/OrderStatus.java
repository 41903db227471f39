package dev.checkout.order.orders;

/** Where an order stands. Only {@code PENDING_PAYMENT} holds stock without being paid. */
public enum OrderStatus {
    /** Stock reserved; the payment's outcome is not known yet. */
    PENDING_PAYMENT,
    /** Paid; its order.placed event is in the outbox. */
    CONFIRMED,
    /** Confirmed, but held: the fraud review rejected it. A reviewer's CLEAR makes it CONFIRMED again. */
    ON_HOLD,
    /** The card was declined; stock released. */
    PAYMENT_DECLINED,
    /** Never paid (the provider was unavailable, or the reconciler found no charge); stock released. */
    CANCELLED
}
