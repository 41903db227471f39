package dev.checkout.fulfilment.shipment;

/** Where an order's shipment stands. Only REQUESTED and CANCELLED are final; a FAILED one may be replayed. */
public enum ShipmentState {
    /** The fraud decision arrived before the order itself: nothing to ship yet. */
    AWAITING_ORDER,
    /** The order arrived; the fraud review has not decided yet. */
    AWAITING_CLEARANCE,
    /** The warehouse accepted the shipment request; it has a reference. */
    REQUESTED,
    /** The fraud review holds the order (REVIEW, or REJECT by the rules): waits for a reviewer. */
    HELD,
    /** A reviewer rejected the order: the warehouse is never asked. */
    CANCELLED,
    /** The warehouse refused it for good (e.g. the address), or the worker gave up on its message. */
    FAILED;

    boolean isFinal() {
        return this == REQUESTED || this == CANCELLED;
    }
}
