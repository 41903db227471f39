package dev.checkout.order.status;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An order's first timeline entry ({@code order.received}, number 1), and the webhook delivery it queues when the
 * order has a callback URL (else the delivery's values are null), as the statement that places the order writes them
 * ({@code checkout.PlacedOrders}). Made by {@link OrderTimeline#received}.
 */
public record ReceivedEntry(UUID id, String type, OffsetDateTime recordedAt, UUID deliveryId, String deliveryBody,
                            OffsetDateTime deliveryGiveUpAt) {
}
