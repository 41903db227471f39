package dev.checkout.fraud.rules;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** An order total at or above a per-currency threshold. */
@ApplicationScoped
public class HighTotal implements FraudRule {

    public static final String NAME = "high-total";

    @ConfigMapping(prefix = "fraud.rules.high-total")
    public interface Settings extends TotalThresholdSettings {
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
        return settings.signal(NAME, order, "total ");
    }
}
