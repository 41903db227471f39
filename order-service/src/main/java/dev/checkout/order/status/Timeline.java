package dev.checkout.order.status;

import dev.checkout.order.orders.OrderStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** Everything that happened to an order, in order. */
@Schema(name = "Timeline")
public record Timeline(UUID orderId, OrderStatus status, List<OrderChange> entries) {
}
