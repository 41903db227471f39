package dev.checkout.order.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.checkout.order.orders.OrderStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of an order's timeline: an item of {@code GET /orders/{id}/timeline}, the data of an event on
 * {@code GET /orders/{id}/events}, and the body POSTed to the order's callback URL.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "OrderChange")
public record OrderChange(
        UUID orderId,
        @Schema(description = "Position in the order's timeline, from 1, without gaps; also the SSE event id.")
        int seq,
        @Schema(description = "order.received, order.confirmed, order.payment_declined, order.cancelled, "
                + "order.on_hold, order.hold_released, webhook.delivered, webhook.gave_up, or a worker's outcome "
                + "event type (email.sent, fraud.assessed, fulfilment.requested, ...: every type configured under "
                + "order-status.follow-ups).", examples = "email.sent")
        String type,
        @Schema(description = "When order-service recorded it.")
        Instant at,
        @Schema(description = "The order's status once this happened.")
        OrderStatus status,
        @Schema(description = "For a worker's outcome: the follow-up (a key of the order's followUps) and its new "
                + "state.", examples = "email")
        String followUp,
        FollowUpState state,
        @Schema(description = "For a worker's outcome: when it happened at the worker.")
        Instant occurredAt,
        FraudAssessment assessment,
        FollowUpFailure failure,
        FollowUpHold hold,
        @Schema(description = "For a worker's outcome that tells one: its reference for what it did.")
        String reference,
        @Schema(description = "For webhook.delivered and webhook.gave_up.")
        WebhookResult webhook) {
}
