package dev.checkout.email.delivery;

/** Where an order's confirmation email stands. */
public enum DeliveryStatus {
    /** The SMTP server accepted it. */
    SENT,
    /** Its order.placed message was parked: no email went out. */
    FAILED
}
