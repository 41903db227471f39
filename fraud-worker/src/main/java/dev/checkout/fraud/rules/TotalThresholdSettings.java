package dev.checkout.fraud.rules;

import java.util.Map;
import java.util.Optional;

/** The shape of a rule that fires on an order total at or above a per-currency threshold. */
public interface TotalThresholdSettings {

    int weight();

    /** Per ISO 4217 currency, in minor units; orders in a currency not listed are not checked. */
    Map<String, Long> threshold();

    /** The rule's signal for this order, described as {@code subject}: none below the threshold. */
    default Optional<RiskSignal> signal(String rule, OrderFacts order, String subject) {
        return Money.thresholdFor(threshold(), order.currency())
                .filter(limit -> order.totalMinor() >= limit)
                .map(limit -> new RiskSignal(rule, subject + Money.format(order.totalMinor(), order.currency())
                        + " is at or above the threshold of " + Money.format(limit, order.currency()), weight()));
    }
}
