package dev.checkout.order.payment;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.net.ConnectException;
import java.util.Objects;

/** What became of a charge, as far as the checkout can tell. */
public sealed interface PaymentOutcome {

    /** The card was charged. */
    record Authorized(String authorizationId, String cardLast4, String cardCountry) implements PaymentOutcome {
    }

    /** The provider refused the card. */
    record Declined(String declineCode) implements PaymentOutcome {
    }

    /** The provider was not reached or refused to process the request: nothing was charged. */
    record Unavailable(String reason) implements PaymentOutcome {
    }

    /** The provider may or may not have charged (a timeout, a 500 mid-way); only the provider can tell later. */
    record Unknown(String reason) implements PaymentOutcome {
    }

    static PaymentOutcome of(ProviderApi.Charge charge) {
        if (!charge.succeeded()) {
            // A provider may fail a charge without saying why; the order still needs a reason to show.
            return new Declined(Objects.requireNonNullElse(charge.declineCode(), ProviderApi.CARD_DECLINED));
        }
        return new Authorized(charge.id(), charge.card().last4(), charge.card().country());
    }

    /**
     * Sorts a failed charge into "certainly not charged" and "cannot tell". Only the first may release the stock at
     * once; guessing wrong there would cancel an order whose customer has paid.
     */
    static PaymentOutcome ofFailure(Throwable failure) {
        if (failure instanceof ChargeDeclined declined) {
            return new Declined(declined.declineCode());
        }
        if (failure instanceof CircuitBreakerOpenException || failure instanceof BulkheadException) {
            return new Unavailable("payment provider circuit open or saturated");
        }
        // A 5xx may come after the charge was made, except 503, which says the request was not processed.
        if (failure instanceof ProviderError.ServerError error && error.status() != 503) {
            return new Unknown(error.getMessage());
        }
        // Any other refusal (503, 429, 4xx) came before processing.
        if (failure instanceof ProviderError error) {
            return new Unavailable(error.getMessage());
        }
        if (causedBy(failure, ConnectException.class)) {
            return new Unavailable("payment provider unreachable");
        }
        return new Unknown(failure.toString());
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
