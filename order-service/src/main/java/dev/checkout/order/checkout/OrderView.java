package dev.checkout.order.checkout;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.checkout.order.orders.Customer;
import dev.checkout.order.orders.Order;
import dev.checkout.order.orders.OrderStatus;
import dev.checkout.order.orders.ShippingAddress;
import dev.checkout.order.status.FollowUp;
import dev.checkout.order.status.FollowUpState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An order as the API shows it, with the state of its follow-ups (email, fraud review, analytics). */
@Schema(name = "Order")
public record OrderView(UUID id, OrderStatus status, Customer customer, String currency, long totalMinor,
                        List<Line> lines, ShippingAddress shippingAddress, Instant createdAt,
                        @Schema(description = "Per follow-up (email, fraud, analytics) of a confirmed order; empty "
                                + "for an order that was not confirmed, as nothing follows it.")
                        Map<String, FollowUp> followUps,
                        @Schema(description = """
                                Only in the answer to the request that placed an order with a callbackUrl: the \
                                Standard Webhooks secret (whsec_...) that signs its deliveries. Keep it; it is never \
                                shown again.""")
                        @JsonInclude(JsonInclude.Include.NON_NULL) String webhookSecret,
                        @Schema(description = """
                                The order's PDF receipt (GET), once there is one: it is stored with the confirmation \
                                email, so from when the email follow-up is DONE.""",
                                examples = "/orders/7c9e6679-7425-40de-944b-e07fc1f90ae7/receipt")
                        @JsonInclude(JsonInclude.Include.NON_NULL) String receipt) {

    public record Customer(String id, String email, String name) {
    }

    public record Line(String sku, String name, int quantity, long unitPriceMinor, long lineTotalMinor) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ShippingAddress(String line1, String line2, String city, String postalCode, String country) {
    }

    static OrderView of(Order order, Map<String, FollowUp> followUps) {
        return view(order, followUps, null);
    }

    /** The answer to the request that placed the order: with its webhook secret, if it has a callback URL. */
    static OrderView placed(Order order, Map<String, FollowUp> followUps) {
        return view(order, followUps, order.webhookSecret());
    }

    private static OrderView view(Order order, Map<String, FollowUp> followUps, String webhookSecret) {
        return new OrderView(order.id(), order.status(),
                new Customer(order.customerId(), order.customerEmail(), order.customerName()),
                order.currency(), order.totalMinor(),
                order.lines().stream().map(line -> new Line(line.sku(), line.name(), line.quantity(),
                        line.unitPriceMinor(), line.lineTotalMinor())).toList(),
                new ShippingAddress(order.shipLine1(), order.shipLine2(), order.shipCity(), order.shipPostalCode(),
                        order.shipCountry()),
                order.createdAt(), followUps, webhookSecret, receiptLink(order, followUps));
    }

    private static String receiptLink(Order order, Map<String, FollowUp> followUps) {
        FollowUp email = followUps.get("email");
        return email != null && email.state() == FollowUpState.DONE ? "/orders/" + order.id() + "/receipt" : null;
    }
}
