package dev.checkout.order.orders;

import dev.checkout.order.contract.Carried;
import dev.checkout.order.contract.CarriedAs;
import dev.checkout.problem.SingleLine;
import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an order ships, as the shopper sent it and as the order keeps it. */
@CarriedAs(value = "shippingAddress", groups = CarriedAs.Check.class)
@GroupSequence({ShippingAddress.class, CarriedAs.Check.class})
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
