package dev.checkout.order.receipt;

import dev.checkout.problem.ProblemException;

import java.util.UUID;

/** The order has no receipt yet: it is stored with the confirmation email, which may still be on its way. */
final class ReceiptNotFound extends ProblemException {

    ReceiptNotFound(UUID orderId) {
        super(404, "receipt_not_found", "Receipt not found", "Order " + orderId + " has no receipt yet; it comes "
                + "with the confirmation email (the order's email follow-up).");
    }
}
