package dev.checkout.fraud.review;

import dev.checkout.fraud.assessment.AssessmentOutcomes;
import dev.checkout.fraud.assessment.Assessments;
import dev.checkout.fraud.assessment.Decision;
import dev.checkout.fraud.assessment.FraudAssessment;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Records a reviewer's final decision, once per order, together with the {@code fraud.assessed} outcome
 * ({@code final: true}) that tells order-service.
 */
@ApplicationScoped
public class Reviews {

    private final Assessments assessments;
    private final AssessmentOutcomes outcomes;

    Reviews(Assessments assessments, AssessmentOutcomes outcomes) {
        this.assessments = assessments;
        this.outcomes = outcomes;
    }

    Uni<FraudAssessment> review(String orderId, ReviewRequest request, String reviewer) {
        return Panache.withTransaction(() -> assessments.lockForReview(orderId)
                .invoke(assessment -> {
                    if (assessment.isReviewed()) {
                        throw new AlreadyReviewed(assessment);
                    }
                    assessment.recordReview(Decision.valueOf(request.decision()), reviewer,
                            request.note(), Instant.now().truncatedTo(ChronoUnit.MICROS));
                })
                .call(outcomes::assessed));
    }
}
