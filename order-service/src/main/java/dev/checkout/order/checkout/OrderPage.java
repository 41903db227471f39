package dev.checkout.order.checkout;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a customer's orders, newest first. */
@Schema(name = "OrderPage")
public record OrderPage(List<OrderView> items, int page, int size, long total) {
}
