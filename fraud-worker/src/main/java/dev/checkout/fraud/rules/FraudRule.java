package dev.checkout.fraud.rules;

import java.util.Optional;

/**
 * One explainable risk rule: plain code over the order and the worker's own history of orders. A rule is a CDI bean
 * with its weight and thresholds in a {@code @ConfigMapping} of its own, so adding one touches its file and the
 * configuration.
 */
public interface FraudRule {

    /** The rule's stable name, as it shows in an assessment's reasons. */
    String name();

    /** The signal when the rule fires on this order, empty when it does not. */
    Optional<RiskSignal> evaluate(OrderFacts order, History history);
}
