package dev.checkout.fraud.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's final decision on an assessed order. */
@Schema(name = "ReviewRequest")
public record ReviewRequest(
        @NotNull @Pattern(regexp = "CLEAR|REJECT", message = "must be CLEAR or REJECT")
        @Schema(enumeration = {"CLEAR", "REJECT"}, description = "The final decision.")
        String decision,
        @Size(max = 2000) @Schema(description = "Why, for the record.",
                examples = "Called the customer; ships to her holiday home.")
        String note) {
}
