package dev.checkout.fraud.rules;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Too many orders from one customer id within a sliding window. */
@ApplicationScoped
public class CustomerVelocity implements FraudRule {

    public static final String NAME = "customer-velocity";

    @ConfigMapping(prefix = "fraud.rules.customer-velocity")
    public interface Settings extends VelocitySettings {
    }

    private final Settings settings;

    CustomerVelocity(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<RiskSignal> evaluate(OrderFacts order, History history) {
        return settings.signal(NAME, history.customerOrders(), "from customer " + order.customerId());
    }
}
