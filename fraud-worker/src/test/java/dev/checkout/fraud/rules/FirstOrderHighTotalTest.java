package dev.checkout.fraud.rules;

import org.junit.jupiter.api.Test;

import static dev.checkout.fraud.rules.AnOrder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

class FirstOrderHighTotalTest {

    private static final History FIRST_ORDER = new History(1, 1, 1, 0);

    private final FirstOrderHighTotal.Settings settings = ShippedSettings.of(FirstOrderHighTotal.Settings.class);
    private final FirstOrderHighTotal rule = new FirstOrderHighTotal(settings);

    @Test
    void firesOnAFirstOrderAtTheThreshold() {
        long threshold = settings.threshold().get("GBP");

        assertThat(rule.evaluate(anOrder().total(threshold, "GBP").build(), FIRST_ORDER)).hasValue(new RiskSignal(
                "first-order-high-total",
                "first order of customer cus_1: total 500.00 GBP is at or above the threshold of 500.00 GBP",
                settings.weight()));
    }

    @Test
    void doesNotFireJustBelowTheThreshold() {
        long threshold = settings.threshold().get("GBP");

        assertThat(rule.evaluate(anOrder().total(threshold - 1, "GBP").build(), FIRST_ORDER)).isEmpty();
    }

    @Test
    void doesNotFireForACustomerSeenBefore() {
        long threshold = settings.threshold().get("GBP");

        assertThat(rule.evaluate(anOrder().total(threshold, "GBP").build(), new History(1, 1, 1, 1))).isEmpty();
    }
}
