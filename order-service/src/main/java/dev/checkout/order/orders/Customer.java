package dev.checkout.order.orders;

import dev.checkout.order.contract.CarriedAs;
import dev.checkout.problem.SingleLine;
import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who placed an order, as they sent it and as the order keeps it. */
@CarriedAs(value = "customer", groups = CarriedAs.Check.class)
@GroupSequence({Customer.class, CarriedAs.Check.class})
public record Customer(
        @Schema(description = """
                The shop's reference of a guest. A signed-in customer is known by their token's subject instead, \
                and a guest's orders are kept under a derived id, never this one as such.""")
        @NotBlank @SingleLine @Size(max = 100) String id,
        // Bean Validation accepts "a@b"; a shop needs a domain that can receive mail.
        @NotBlank @Size(max = 254) @Email(regexp = ".+@[^@]+\\.[^@.]+") String email,
        @NotBlank @SingleLine @Size(max = 200) String name) {
}
