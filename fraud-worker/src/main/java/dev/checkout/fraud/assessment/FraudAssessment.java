package dev.checkout.fraud.assessment;

import dev.checkout.fraud.rules.OrderFacts;
import dev.checkout.fraud.rules.RiskSignal;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One order's fraud assessment: the rules' verdict, and once a reviewer has looked at it, the reviewer's decision,
 * which supersedes the rules' one in {@link #decision()}.
 */
@Entity
@Table(name = "fraud_assessment")
public class FraudAssessment {

    @Id
    @Column(name = "order_id")
    private UUID orderId;
    @Column(name = "customer_id")
    private String customerId;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    @Enumerated(EnumType.STRING)
    @Column(name = "rules_decision")
    private Decision rulesDecision;
    private int score;
    // jsonb travels as text: Hibernate Reactive's JSON type binds JSON objects only, and the reasons are an array.
    @Convert(converter = ReasonsColumn.class)
    @ColumnTransformer(read = "reasons::text", write = "cast(cast(? as text) as jsonb)")
    private List<RiskSignal> reasons;
    @Column(name = "assessed_at")
    private Instant assessedAt;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "review_note")
    private String reviewNote;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected FraudAssessment() {
    }

    static FraudAssessment of(OrderFacts order, Verdict verdict, Instant assessedAt) {
        FraudAssessment assessment = new FraudAssessment();
        assessment.orderId = order.orderId();
        assessment.customerId = order.customerId();
        assessment.decision = verdict.decision();
        assessment.rulesDecision = verdict.decision();
        assessment.score = verdict.score();
        assessment.reasons = verdict.reasons();
        assessment.assessedAt = assessedAt;
        return assessment;
    }

    /** Records a reviewer's final decision; the caller makes sure it happens once. */
    public void recordReview(Decision finalDecision, String reviewer, String note, Instant at) {
        this.decision = finalDecision;
        this.reviewedBy = reviewer;
        this.reviewNote = note;
        this.reviewedAt = at;
    }

    public boolean isReviewed() {
        return reviewedAt != null;
    }

    public UUID orderId() {
        return orderId;
    }

    public String customerId() {
        return customerId;
    }

    /** The reviewer's decision once reviewed, the rules' until then. */
    public Decision decision() {
        return decision;
    }

    public Decision rulesDecision() {
        return rulesDecision;
    }

    public int score() {
        return score;
    }

    public List<RiskSignal> reasons() {
        return reasons;
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }
}
