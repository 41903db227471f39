package dev.checkout.fraud.assessment;

import dev.checkout.fraud.rules.ShippedSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionPolicyTest {

    private final DecisionPolicy.Settings settings = ShippedSettings.of(DecisionPolicy.Settings.class);
    private final DecisionPolicy policy = new DecisionPolicy(settings);

    @Test
    void reviewsFromTheReviewScore() {
        assertThat(policy.decide(settings.reviewScore() - 1)).isEqualTo(Decision.CLEAR);
        assertThat(policy.decide(settings.reviewScore())).isEqualTo(Decision.REVIEW);
    }

    @Test
    void rejectsFromTheRejectScore() {
        assertThat(policy.decide(settings.rejectScore() - 1)).isEqualTo(Decision.REVIEW);
        assertThat(policy.decide(settings.rejectScore())).isEqualTo(Decision.REJECT);
    }

    @Test
    void clearsAnOrderNoRuleFiredOn() {
        assertThat(policy.decide(0)).isEqualTo(Decision.CLEAR);
    }
}
