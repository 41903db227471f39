package dev.checkout.order.payment.simulator;

import dev.checkout.order.payment.ProviderApi;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator's test tokens, in the style of well-known providers. {@code tok_visa} succeeds with a US card;
 * {@code tok_visa_<country>} (e.g. {@code tok_visa_de}) succeeds with a card issued in that country, so a test can
 * make the card's country differ from the shipping address; {@code tok_visa_<country>_<last four>} (e.g.
 * {@code tok_visa_de_1234}) also names the card's last four digits, so a load test can pay with many distinct cards.
 * Any other token is declined as {@code invalid_token}.
 */
record TestCard(ProviderApi.Card card, Optional<String> declineCode) {

    private static final Pattern VISA_IN_COUNTRY = Pattern.compile("tok_visa_([a-zA-Z]{2})(?:_(\\d{4}))?");

    private static final Map<String, TestCard> BY_TOKEN = Map.of(
            "tok_visa", approved("4242", "US"),
            "tok_chargeDeclined", declined("0002", "generic_decline"),
            "tok_insufficientFunds", declined("9995", "insufficient_funds"),
            "tok_expiredCard", declined("0069", "expired_card"));

    static TestCard forToken(String token) {
        Matcher country = VISA_IN_COUNTRY.matcher(token);
        if (country.matches()) {
            return approved(country.group(2) == null ? "4242" : country.group(2),
                    country.group(1).toUpperCase(Locale.ROOT));
        }
        return BY_TOKEN.getOrDefault(token, new TestCard(null, Optional.of("invalid_token")));
    }

    private static TestCard approved(String last4, String country) {
        return new TestCard(new ProviderApi.Card("visa", last4, country), Optional.empty());
    }

    private static TestCard declined(String last4, String declineCode) {
        return new TestCard(new ProviderApi.Card("visa", last4, "US"), Optional.of(declineCode));
    }
}
