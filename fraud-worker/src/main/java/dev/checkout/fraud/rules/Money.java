package dev.checkout.fraud.rules;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Amounts in minor units, as the rules compare and explain them. */
final class Money {

    private Money() {
    }

    /** "1250.00 GBP" for 125000 GBP minor units; unknown currencies are shown in minor units. */
    static String format(long minor, String currency) {
        int digits;
        try {
            digits = Currency.getInstance(currency).getDefaultFractionDigits();
        } catch (IllegalArgumentException unknown) {
            return minor + " " + currency + " minor units";
        }
        return BigDecimal.valueOf(minor, Math.max(digits, 0)).toPlainString() + " " + currency;
    }

    /** The threshold configured for a currency; keys are ISO 4217 codes in any case (environment variables). */
    static Optional<Long> thresholdFor(Map<String, Long> byCurrency, String currency) {
        return byCurrency.entrySet().stream()
                .filter(entry -> entry.getKey().toUpperCase(Locale.ROOT).equals(currency))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
