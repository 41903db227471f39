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
        if (history.customerOrders() < settings.orders()) {
            return Optional.empty();
        }
        return Optional.of(new RiskSignal(NAME, history.customerOrders() + " orders from customer "
                + order.customerId() + " within " + VelocitySettings.describe(settings.window()) + " (threshold "
                + settings.orders() + ")", settings.weight()));
    }
}
