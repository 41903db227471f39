package dev.checkout.fraud.rules;

import org.junit.jupiter.api.Test;

import static dev.checkout.fraud.rules.AnOrder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

class CardCountryMismatchTest {

    private static final History QUIET = new History(1, 1, 1, 3);

    private final CardCountryMismatch.Settings settings = ShippedSettings.of(CardCountryMismatch.Settings.class);
    private final CardCountryMismatch rule = new CardCountryMismatch(settings);

    @Test
    void firesWhenTheOrderShipsAwayFromTheCardsCountry() {
        assertThat(rule.evaluate(anOrder().shippedTo("IE").card("0005", "GB").build(), QUIET)).hasValue(
                new RiskSignal("card-country-mismatch", "shipping country IE differs from card country GB",
                        settings.weight()));
    }

    @Test
    void doesNotFireWhenTheyAgree() {
        assertThat(rule.evaluate(anOrder().shippedTo("GB").card("0005", "GB").build(), QUIET)).isEmpty();
    }
}
