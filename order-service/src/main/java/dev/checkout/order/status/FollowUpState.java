package dev.checkout.order.status;

/** Where a follow-up stands. */
public enum FollowUpState {
    /** No outcome yet. */
    PENDING,
    /** The worker did it (for fraud: the order was assessed). */
    DONE,
    /** Still no outcome, longer after the confirmation than {@code order-status.delayed-after}; computed when read. */
    DELAYED,
    /** The worker waits on a decision made elsewhere (fulfilment: the fraud review); the hold says which. */
    HELD,
    /** The worker gave up (its message was parked); the failure says why. */
    FAILED
}
