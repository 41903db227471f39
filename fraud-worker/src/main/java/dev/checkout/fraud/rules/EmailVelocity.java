package dev.checkout.fraud.rules;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Too many orders from one email address (whatever the customer id) within a sliding window. */
@ApplicationScoped
public class EmailVelocity implements FraudRule {

    public static final String NAME = "email-velocity";

    @ConfigMapping(prefix = "fraud.rules.email-velocity")
    public interface Settings extends VelocitySettings {
    }

    private final Settings settings;

    EmailVelocity(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<RiskSignal> evaluate(OrderFacts order, History history) {
        return settings.signal(NAME, history.emailOrders(), "from " + order.emailKey());
    }
}
