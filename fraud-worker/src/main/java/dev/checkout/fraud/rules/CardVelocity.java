package dev.checkout.fraud.rules;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Too many orders paid with one card within a sliding window, whoever places them. The card is known by its last
 * four digits and issuing country only, so two cards can share a key; the weight should allow for that.
 */
@ApplicationScoped
public class CardVelocity implements FraudRule {

    public static final String NAME = "card-velocity";

    @ConfigMapping(prefix = "fraud.rules.card-velocity")
    public interface Settings extends VelocitySettings {
    }

    private final Settings settings;

    CardVelocity(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<RiskSignal> evaluate(OrderFacts order, History history) {
        return settings.signal(NAME, history.cardOrders(),
                "with card *" + order.card().last4() + " (" + order.card().country() + ")");
    }
}
