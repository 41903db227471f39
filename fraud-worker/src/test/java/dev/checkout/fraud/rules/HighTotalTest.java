package dev.checkout.fraud.rules;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.checkout.fraud.rules.AnOrder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

class HighTotalTest {

    private static final History QUIET = new History(1, 1, 1, 3);

    private final HighTotal.Settings settings = ShippedSettings.of(HighTotal.Settings.class);
    private final HighTotal rule = new HighTotal(settings);

    @Test
    void firesAtTheCurrencysThreshold() {
        long threshold = settings.threshold().get("EUR");

        assertThat(rule.evaluate(anOrder().total(threshold, "EUR").build(), QUIET)).hasValue(new RiskSignal(
                "high-total", "total 1000.00 EUR is at or above the threshold of 1000.00 EUR", settings.weight()));
    }

    @Test
    void doesNotFireJustBelowIt() {
        long threshold = settings.threshold().get("EUR");

        assertThat(rule.evaluate(anOrder().total(threshold - 1, "EUR").build(), QUIET)).isEmpty();
    }

    @Test
    void eachCurrencyHasItsOwnThresholdInItsOwnMinorUnits() {
        long yen = settings.threshold().get("JPY");

        assertThat(rule.evaluate(anOrder().total(yen, "JPY").build(), QUIET))
                .hasValueSatisfying(signal -> assertThat(signal.detail()).isEqualTo(
                        "total 150000 JPY is at or above the threshold of 150000 JPY"));
        assertThat(rule.evaluate(anOrder().total(yen - 1, "JPY").build(), QUIET)).isEmpty();
    }

    @Test
    void operatorsSetAndAddCurrenciesThroughTheEnvironment() {
        HighTotal tuned = new HighTotal(ShippedSettings.of(HighTotal.Settings.class, Map.of(
                "FRAUD_RULES_HIGH_TOTAL_THRESHOLD_EUR", "50000",
                "FRAUD_RULES_HIGH_TOTAL_THRESHOLD_SEK", "1000000")));

        assertThat(tuned.evaluate(anOrder().total(50000, "EUR").build(), QUIET)).isPresent();
        assertThat(tuned.evaluate(anOrder().total(1000000, "SEK").build(), QUIET)).isPresent();
        assertThat(tuned.evaluate(anOrder().total(999999, "SEK").build(), QUIET)).isEmpty();
    }

    @Test
    void leavesCurrenciesWithoutAThresholdAlone() {
        assertThat(rule.evaluate(anOrder().total(Long.MAX_VALUE, "XAF").build(), QUIET)).isEmpty();
    }
}
