package dev.checkout.fraud.rules;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** The order ships to another country than the one that issued the card. */
@ApplicationScoped
public class CardCountryMismatch implements FraudRule {

    public static final String NAME = "card-country-mismatch";

    @ConfigMapping(prefix = "fraud.rules.card-country-mismatch")
    public interface Settings {

        int weight();
    }

    private final Settings settings;

    CardCountryMismatch(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<RiskSignal> evaluate(OrderFacts order, History history) {
        if (order.shippingCountry().equals(order.card().country())) {
            return Optional.empty();
        }
        return Optional.of(new RiskSignal(NAME, "shipping country " + order.shippingCountry()
                + " differs from card country " + order.card().country(), settings.weight()));
    }
}
