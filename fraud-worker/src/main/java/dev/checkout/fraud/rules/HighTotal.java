package dev.checkout.fraud.rules;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;

/** An order total at or above a per-currency threshold. */
@ApplicationScoped
public class HighTotal implements FraudRule {

    public static final String NAME = "high-total";

    @ConfigMapping(prefix = "fraud.rules.high-total")
    public interface Settings {

        int weight();

        /** Per ISO 4217 currency, in minor units; orders in a currency not listed are not checked. */
        Map<String, Long> threshold();
    }

    private final Settings settings;

    HighTotal(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<RiskSignal> evaluate(OrderFacts order, History history) {
        return Money.thresholdFor(settings.threshold(), order.currency())
                .filter(threshold -> order.totalMinor() >= threshold)
                .map(threshold -> new RiskSignal(NAME, "total " + Money.format(order.totalMinor(), order.currency())
                        + " is at or above the threshold of " + Money.format(threshold, order.currency()),
                        settings.weight()));
    }
}
