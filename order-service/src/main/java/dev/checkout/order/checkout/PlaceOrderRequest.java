package dev.checkout.order.checkout;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.checkout.order.catalog.Sku;
import dev.checkout.order.orders.Customer;
import dev.checkout.order.orders.ShippingAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A shopper's order as sent to {@code POST /orders}. Prices are not part of it: they come from the catalog. */
@Schema(name = "PlaceOrderRequest")
public record PlaceOrderRequest(
        @NotNull @Valid Customer customer,
        @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid Line> lines,
        @NotNull @Valid ShippingAddress shippingAddress,
        @NotNull @Valid Payment payment,
        @Schema(description = """
                Optional: where to POST each change of the order (JSON, signed with HMAC-SHA256; see the \
                orderChanged callback). Its host must be on the service's allow-list.""",
                examples = "https://shop.example.com/hooks/orders")
        // Left out of the request's fingerprint when absent, so Idempotency-Keys taken before it existed still match.
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Size(max = 2048) String callbackUrl) {

    /** The same order, placed for the customer with this id. */
    public PlaceOrderRequest forCustomer(String customerId) {
        return new PlaceOrderRequest(new Customer(customerId, customer.email(), customer.name()), lines,
                shippingAddress, payment, callbackUrl);
    }

    public record Line(
            @NotNull @Pattern(regexp = Sku.PATTERN, message = Sku.MESSAGE) String sku,
            @NotNull @Min(1) @Max(1000) Integer quantity) {
    }

    public record Payment(
            @Schema(description = "The payment provider's card token; never a card number.", examples = "tok_visa")
            @NotBlank @Size(max = 255) @Pattern(regexp = "\\S+", message = "must not contain spaces") String token) {
    }
}
