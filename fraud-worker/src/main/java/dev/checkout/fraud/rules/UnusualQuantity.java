package dev.checkout.fraud.rules;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** An unusually large quantity of a single SKU (summed over the lines that name it): resellers, card testers. */
@ApplicationScoped
public class UnusualQuantity implements FraudRule {

    public static final String NAME = "unusual-quantity";

    @ConfigMapping(prefix = "fraud.rules.unusual-quantity")
    public interface Settings {

        int weight();

        /** The rule fires when one SKU is ordered this many times or more. */
        int quantity();
    }

    private final Settings settings;

    UnusualQuantity(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<RiskSignal> evaluate(OrderFacts order, History history) {
        Map<String, Integer> quantities = order.lines().stream()
                .collect(Collectors.toMap(OrderFacts.Line::sku, OrderFacts.Line::quantity, Integer::sum));
        return quantities.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder())))
                .filter(largest -> largest.getValue() >= settings.quantity())
                .map(largest -> new RiskSignal(NAME, "quantity " + largest.getValue() + " of " + largest.getKey()
                        + " is at or above the threshold of " + settings.quantity(), settings.weight()));
    }
}
