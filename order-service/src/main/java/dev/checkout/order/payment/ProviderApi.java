package dev.checkout.order.payment;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * The payment provider's HTTP API ({@code /v1/charges}), as both the gateway and the embedded simulator speak it.
 * A charge is created once per {@code Idempotency-Key} header; a declined charge is answered with {@code 402} and a
 * problem document whose {@code code} is {@code card_declined}.
 */
public final class ProviderApi {

    public static final String STATUS_SUCCEEDED = "succeeded";
    public static final String STATUS_FAILED = "failed";
    public static final String CARD_DECLINED = "card_declined";

    private ProviderApi() {
    }

    @Schema(name = "ChargeRequest")
    public record ChargeRequest(
            @NotNull @Min(1) Long amountMinor,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 code such as EUR") String currency,
            @NotBlank @Size(max = 255) String token,
            @Size(max = 500) String description) {
    }

    @Schema(name = "Charge")
    public record Charge(String id, String status, long amountMinor, String currency, Card card,
                         @Schema(description = "Why the card was declined; null for a charge that succeeded.",
                                 nullable = true) String declineCode,
                         Instant created) {

        public boolean succeeded() {
            return STATUS_SUCCEEDED.equals(status);
        }
    }

    @Schema(name = "Card")
    public record Card(String brand, String last4, String country) {
    }

    @Schema(name = "ChargeList")
    public record ChargeList(List<Charge> data) {
    }
}
