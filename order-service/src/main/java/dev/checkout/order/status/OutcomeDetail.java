package dev.checkout.order.status;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What order-service keeps of an outcome besides its state, as one flat JSON object in {@code order_timeline.detail}:
 * a fraud decision ({@code decision}, {@code final}), a failure ({@code reasonCode}, {@code attempts}), a hold
 * ({@code reasonCode}, {@code final}) or the worker's reference. Flat so that the entries recorded before holds and
 * references existed (a bare assessment or failure) read the same.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
record OutcomeDetail(String decision, @JsonProperty("final") Boolean isFinal, String reasonCode, Integer attempts,
                     String reference) {

    static final OutcomeDetail NONE = new OutcomeDetail(null, null, null, null, null);

    static OutcomeDetail of(FraudAssessment assessment, FollowUpFailure failure, FollowUpHold hold, String reference) {
        return new OutcomeDetail(
                assessment == null ? null : assessment.decision(),
                assessment != null ? Boolean.valueOf(assessment.isFinal())
                        : hold != null ? Boolean.valueOf(hold.isFinal()) : null,
                failure != null ? failure.reasonCode() : hold != null ? hold.reasonCode() : null,
                failure == null ? null : failure.attempts(),
                reference);
    }

    boolean isEmpty() {
        return equals(NONE);
    }

    /** The fraud decision, when the outcome carried one. */
    FraudAssessment assessment() {
        return decision == null ? null : new FraudAssessment(decision, Boolean.TRUE.equals(isFinal));
    }

    FollowUpFailure failure(FollowUpState state) {
        return state == FollowUpState.FAILED ? new FollowUpFailure(reasonCode, attempts == null ? 0 : attempts)
                : null;
    }

    FollowUpHold hold(FollowUpState state) {
        return state == FollowUpState.HELD ? new FollowUpHold(reasonCode, Boolean.TRUE.equals(isFinal)) : null;
    }
}
