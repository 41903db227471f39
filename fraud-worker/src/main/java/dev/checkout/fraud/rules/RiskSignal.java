package dev.checkout.fraud.rules;

/** Why a rule fired on an order, and how much that adds to the order's risk score. */
public record RiskSignal(String rule, String detail, int weight) {
}
