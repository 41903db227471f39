package dev.checkout.fraud.assessment;

import dev.checkout.fraud.rules.FraudRule;
import dev.checkout.fraud.rules.History;
import dev.checkout.fraud.rules.OrderFacts;
import dev.checkout.fraud.rules.RiskSignal;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Runs every rule on an order. The score is the sum of the weights of the rules that fired (a negative weight, a
 * trust signal, can lower it, but never below 0); the reasons list those rules, heaviest first.
 */
@ApplicationScoped
public class FraudAssessor {

    private static final Comparator<RiskSignal> HEAVIEST_FIRST = Comparator.comparingInt(RiskSignal::weight)
            .reversed().thenComparing(RiskSignal::rule);

    private final List<FraudRule> rules;
    private final DecisionPolicy policy;

    FraudAssessor(@All List<FraudRule> rules, DecisionPolicy policy) {
        this.rules = rules;
        this.policy = policy;
    }

    Verdict assess(OrderFacts order, History history) {
        List<RiskSignal> reasons = rules.stream()
                .map(rule -> rule.evaluate(order, history))
                .flatMap(Optional::stream)
                .sorted(HEAVIEST_FIRST)
                .toList();
        int score = Math.max(0, reasons.stream().mapToInt(RiskSignal::weight).sum());
        return new Verdict(policy.decide(score), score, reasons);
    }
}
