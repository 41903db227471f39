package dev.checkout.email.delivery;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** An order's confirmation email as support sees it. */
@Schema(name = "EmailDelivery")
public record EmailDeliveryView(
        UUID orderId,
        @Schema(description = "SENT: accepted by the SMTP server; FAILED: given up on (its message is parked)")
        DeliveryStatus status,
        @Schema(examples = "jana.schneider@example.de") String recipient,
        @Schema(description = "The email's Message-ID header, derived from the order id",
                examples = "<order-7c9e6679-7425-40de-944b-e07fc1f90ae7@checkout.local>") String messageId,
        @Schema(description = "Deliveries of the order.placed message it took") int attempts,
        @Schema(description = "FAILED only (null otherwise): why, as in the parked message's x-failure-reason",
                nullable = true, examples = "recipient_rejected") String failureReason,
        @Schema(description = "FAILED only (null otherwise): the SMTP server's reply, or the error that stood for it",
                nullable = true,
                examples = "550 5.1.1 <jana.schneider@example.de>: Recipient address rejected: User unknown")
        String smtpResponse,
        @Schema(description = "SENT only (null otherwise): when the SMTP server accepted it", nullable = true)
        Instant sentAt,
        Instant createdAt,
        Instant updatedAt) {

    static EmailDeliveryView of(EmailDelivery delivery) {
        return new EmailDeliveryView(delivery.orderId(), delivery.status(), delivery.recipient(), delivery.messageId(),
                delivery.attempts(), delivery.failureReason(), delivery.smtpResponse(), delivery.sentAt(),
                delivery.createdAt(), delivery.updatedAt());
    }
}
