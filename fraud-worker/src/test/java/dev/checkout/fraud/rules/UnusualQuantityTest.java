package dev.checkout.fraud.rules;

import org.junit.jupiter.api.Test;

import static dev.checkout.fraud.rules.AnOrder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

class UnusualQuantityTest {

    private static final History QUIET = new History(1, 1, 1, 3);

    private final UnusualQuantity.Settings settings = ShippedSettings.of(UnusualQuantity.Settings.class);
    private final UnusualQuantity rule = new UnusualQuantity(settings);

    @Test
    void firesAtTheThresholdForOneSku() {
        int threshold = settings.quantity();

        assertThat(rule.evaluate(anOrder().lines(new OrderFacts.Line("MUG-001", 1),
                new OrderFacts.Line("TEA-100", threshold)).build(), QUIET)).hasValue(new RiskSignal(
                "unusual-quantity", "quantity " + threshold + " of TEA-100 is at or above the threshold of "
                + threshold, settings.weight()));
    }

    @Test
    void doesNotFireJustBelowIt() {
        int threshold = settings.quantity();

        assertThat(rule.evaluate(anOrder().lines(new OrderFacts.Line("MUG-001", threshold - 1),
                new OrderFacts.Line("TEA-100", threshold - 1)).build(), QUIET)).isEmpty();
    }

    @Test
    void addsUpLinesThatNameTheSameSku() {
        int threshold = settings.quantity();

        assertThat(rule.evaluate(anOrder().lines(new OrderFacts.Line("MUG-001", threshold - 1),
                new OrderFacts.Line("MUG-001", 1)).build(), QUIET)).isPresent();
    }
}
