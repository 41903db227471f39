package dev.checkout.order.receipt;

/** The email-worker answered 404: it has stored no receipt for the order (yet). An answer, not a fault. */
final class NoReceiptStored extends RuntimeException {

    NoReceiptStored() {
        super("the email-worker has no receipt for this order", null, false, false);
    }
}
