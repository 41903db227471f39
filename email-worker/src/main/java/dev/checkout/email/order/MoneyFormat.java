package dev.checkout.email.order;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * Amounts in minor units as a shopper reads them: the currency's symbol and its own number of decimals. The email and
 * the PDF receipt both use it, so an amount reads the same in each.
 */
public final class MoneyFormat {

    /** The emails are written in English, so their numbers are too. */
    private static final Locale LOCALE = Locale.ENGLISH;

    /** The contract only checks a currency's shape; one Java does not know is shown with two decimals. */
    private static final int ASSUMED_DECIMALS = 2;

    private MoneyFormat() {
    }

    public static String format(long minorUnits, String currencyCode) {
        Optional<Currency> currency = known(currencyCode);
        int decimals = currency.map(Currency::getDefaultFractionDigits).filter(d -> d >= 0).orElse(ASSUMED_DECIMALS);
        String symbol = currency.map(c -> c.getSymbol(LOCALE)).orElse(currencyCode);
        NumberFormat number = NumberFormat.getNumberInstance(LOCALE);
        number.setMinimumFractionDigits(decimals);
        number.setMaximumFractionDigits(decimals);
        String amount = number.format(BigDecimal.valueOf(minorUnits, decimals));
        // "€12.00" but "CHF 12.00": a code needs a space where a sign does not.
        return symbol.chars().allMatch(Character::isLetter) ? symbol + " " + amount : symbol + amount;
    }

    private static Optional<Currency> known(String currencyCode) {
        try {
            return Optional.of(Currency.getInstance(currencyCode));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
