package dev.checkout.order.checkout;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.checkout.order.catalog.Sku;
import dev.checkout.order.contract.Carried;
import dev.checkout.problem.SingleLine;
import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
@CarriedByOrderPlaced(groups = CarriedByOrderPlaced.Check.class)
@GroupSequence({PlaceOrderRequest.class, CarriedByOrderPlaced.Check.class})
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

    public record Customer(
            @Schema(description = """
                    The shop's reference of a guest. A signed-in customer is known by their token's subject instead, \
                    and a guest's orders are kept under a derived id, never this one as such.""")
            @NotBlank @SingleLine @Size(max = 100) String id,
            // Bean Validation accepts "a@b"; a shop needs a domain that can receive mail.
            @NotBlank @Size(max = 254) @Email(regexp = ".+@[^@]+\\.[^@.]+") String email,
            @NotBlank @SingleLine @Size(max = 200) String name) {
    }

    public record Line(
            @NotNull @Pattern(regexp = Sku.PATTERN, message = Sku.MESSAGE) String sku,
            @NotNull @Min(1) @Max(1000) Integer quantity) {
    }

    public record ShippingAddress(
            @NotBlank @SingleLine @Size(max = 200) String line1,
            @SingleLine @Size(max = 200) String line2,
            @NotBlank @SingleLine @Size(max = 100) String city,
            @NotBlank @SingleLine @Size(max = 20) String postalCode,
            @NotNull
            @Carried(value = "countryCode", message = "must be an assigned ISO 3166-1 alpha-2 code such as DE")
            @Schema(pattern = "^[A-Z]{2}$", description = "An assigned ISO 3166-1 alpha-2 code (not ZZ, UK or EU).")
            String country) {

        public ShippingAddress {
            // An empty second line, as forms send it, is no second line: the contract's line2 is optional.
            if (line2 != null && line2.isEmpty()) {
                line2 = null;
            }
        }
    }

    public record Payment(
            @Schema(description = "The payment provider's card token; never a card number.", examples = "tok_visa")
            @NotBlank @Size(max = 255) @Pattern(regexp = "\\S+", message = "must not contain spaces") String token) {
    }
}
