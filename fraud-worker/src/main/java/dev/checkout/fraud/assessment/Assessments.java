package dev.checkout.fraud.assessment;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.UUID;

/** Assessments as stored. */
@ApplicationScoped
public class Assessments implements PanacheRepositoryBase<FraudAssessment, UUID> {

    private static final Sort OLDEST_FIRST = Sort.ascending("assessedAt", "orderId");

    /** The assessment of an order, or {@link AssessmentNotFound}; an id that is not a UUID names no order. */
    public Uni<FraudAssessment> ofOrder(String orderId) {
        return byOrder(orderId, LockModeType.NONE);
    }

    /** As {@link #ofOrder}, locked until the end of the transaction, so that two reviews cannot both pass. */
    public Uni<FraudAssessment> lockForReview(String orderId) {
        return byOrder(orderId, LockModeType.PESSIMISTIC_WRITE);
    }

    Uni<List<FraudAssessment>> page(Decision decision, int page, int size) {
        return (decision == null ? findAll(OLDEST_FIRST) : find("decision", OLDEST_FIRST, decision))
                .page(page, size).list();
    }

    Uni<Long> countWith(Decision decision) {
        return decision == null ? count() : count("decision", decision);
    }

    private Uni<FraudAssessment> byOrder(String orderId, LockModeType lock) {
        UUID id;
        try {
            id = UUID.fromString(orderId);
        } catch (IllegalArgumentException notAUuid) {
            return Uni.createFrom().failure(new AssessmentNotFound(orderId));
        }
        return findById(id, lock).onItem().ifNull().failWith(() -> new AssessmentNotFound(orderId));
    }
}
