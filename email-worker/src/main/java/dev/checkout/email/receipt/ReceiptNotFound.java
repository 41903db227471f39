package dev.checkout.email.receipt;

import dev.checkout.problem.ProblemException;

import java.util.UUID;

/** No receipt is stored for this order (yet: it is stored with the confirmation email). */
final class ReceiptNotFound extends ProblemException {

    ReceiptNotFound(UUID orderId) {
        super(404, "receipt_not_found", "Receipt not found", "No receipt is stored for order " + orderId + " (yet).");
    }
}
