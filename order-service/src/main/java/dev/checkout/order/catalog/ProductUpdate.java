package dev.checkout.order.catalog;

import dev.checkout.order.contract.Carried;
import dev.checkout.problem.SingleLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an operator sets for a product: the whole of it, as PUT replaces. */
@Schema(name = "ProductUpdate")
public record ProductUpdate(
        @NotBlank @SingleLine @Size(max = 200) String name,
        // Capped so that 100 lines of 1000 units each can never overflow a total.
        @NotNull @Min(0) @Max(MAX_PRICE_MINOR) Long priceMinor,
        @NotNull
        @Carried(value = "currencyCode",
                message = "must be the ISO 4217 code of a currency in circulation, such as EUR")
        @Schema(pattern = "^[A-Z]{3}$",
                description = "An ISO 4217 code of a currency in circulation (not ZZZ, XTS, DEM).")
        String currency,
        @NotNull @Min(0) @Max(1_000_000_000) Integer stock) {

    static final long MAX_PRICE_MINOR = 100_000_000_000L;
}
