package dev.checkout.fraud.assessment;

import dev.checkout.fraud.rules.FraudRule;
import dev.checkout.fraud.rules.History;
import dev.checkout.fraud.rules.OrderFacts;
import dev.checkout.fraud.rules.RiskSignal;
import dev.checkout.fraud.rules.ShippedSettings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.checkout.fraud.rules.AnOrder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

class FraudAssessorTest {

    private static final History QUIET = new History(1, 1, 1, 3);

    private final DecisionPolicy policy = new DecisionPolicy(ShippedSettings.of(DecisionPolicy.Settings.class));

    @Test
    void scoresTheWeightsOfTheRulesThatFiredAndListsThemHeaviestFirst() {
        FraudAssessor assessor = new FraudAssessor(List.of(firing("light", 20), silent("quiet"),
                firing("heavy", 35)), policy);

        Verdict verdict = assessor.assess(anOrder().build(), QUIET);

        assertThat(verdict.score()).isEqualTo(55);
        assertThat(verdict.decision()).isEqualTo(Decision.REVIEW);
        assertThat(verdict.reasons()).extracting(RiskSignal::rule).containsExactly("heavy", "light");
    }

    @Test
    void clearsWithNoReasonsWhenNoRuleFires() {
        Verdict verdict = new FraudAssessor(List.of(silent("quiet")), policy).assess(anOrder().build(), QUIET);

        assertThat(verdict).isEqualTo(new Verdict(Decision.CLEAR, 0, List.of()));
    }

    @Test
    void aTrustSignalLowersTheScoreButNeverBelowZero() {
        Verdict verdict = new FraudAssessor(List.of(firing("trusted", -40), firing("mismatch", 25)), policy)
                .assess(anOrder().build(), QUIET);

        assertThat(verdict.score()).isZero();
        assertThat(verdict.reasons()).hasSize(2);
    }

    private static FraudRule firing(String name, int weight) {
        return rule(name, Optional.of(new RiskSignal(name, name + " fired", weight)));
    }

    private static FraudRule silent(String name) {
        return rule(name, Optional.empty());
    }

    private static FraudRule rule(String name, Optional<RiskSignal> signal) {
        return new FraudRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<RiskSignal> evaluate(OrderFacts order, History history) {
                return signal;
            }
        };
    }
}
