package dev.checkout.email.delivery;

import dev.checkout.problem.ProblemException;

import java.util.UUID;

/** No confirmation email was sent or given up on for this order (yet: its event may still be on its way). */
final class EmailDeliveryNotFound extends ProblemException {

    EmailDeliveryNotFound(UUID orderId) {
        super(404, "email_delivery_not_found", "Email delivery not found",
                "No confirmation email has been sent or given up on for order " + orderId + " (yet).");
    }
}
