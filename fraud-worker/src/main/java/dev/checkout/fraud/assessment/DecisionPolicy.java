package dev.checkout.fraud.assessment;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a risk score into a decision: from {@code review-score} on REVIEW, from {@code reject-score} on REJECT. */
@ApplicationScoped
public class DecisionPolicy {

    @ConfigMapping(prefix = "fraud.decision")
    public interface Settings {

        int reviewScore();

        int rejectScore();
    }

    private final Settings settings;

    DecisionPolicy(Settings settings) {
        this.settings = settings;
    }

    Decision decide(int score) {
        if (score >= settings.rejectScore()) {
            return Decision.REJECT;
        }
        return score >= settings.reviewScore() ? Decision.REVIEW : Decision.CLEAR;
    }
}
