package dev.checkout.fraud.rules;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * A customer's first order (the first the worker has seen from that customer id) with a total at or above a
 * per-currency threshold, usually lower than the high-total one: stolen cards tend to meet new accounts.
 */
@ApplicationScoped
public class FirstOrderHighTotal implements FraudRule {

    public static final String NAME = "first-order-high-total";

    @ConfigMapping(prefix = "fraud.rules.first-order-high-total")
    public interface Settings extends TotalThresholdSettings {
    }

    private final Settings settings;

    FirstOrderHighTotal(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<RiskSignal> evaluate(OrderFacts order, History history) {
        if (history.earlierCustomerOrders() > 0) {
            return Optional.empty();
        }
        return settings.signal(NAME, order, "first order of customer " + order.customerId() + ": total ");
    }
}
