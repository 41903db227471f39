package dev.checkout.email.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The one confirmation email of an order: keyed by the order id, so an order can be sent at most once. A FAILED
 * record turns into SENT if the parked message is replayed and the email then goes out.
 */
@Entity
@Table(name = "email_delivery")
public class EmailDelivery {

    @Id
    @Column(name = "order_id")
    private UUID orderId;

    private String recipient;

    @Column(name = "message_id")
    private String messageId;

    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;

    private int attempts;

    /** For a failure, the SMTP server's reply or the error that stood for it. */
    @Column(name = "smtp_response")
    private String smtpResponse;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "sent_at")
    private Instant sentAt;

    @CreationTimestamp
    @Column(name = "created_at")
    private Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected EmailDelivery() {
    }

    private EmailDelivery(UUID orderId, String recipient, String messageId) {
        this.orderId = orderId;
        this.recipient = recipient;
        this.messageId = messageId;
    }

    static EmailDelivery sent(UUID orderId, String recipient, String messageId, int attempts) {
        return new EmailDelivery(orderId, recipient, messageId).markSent(recipient, attempts);
    }

    static EmailDelivery failed(UUID orderId, String recipient, String messageId, String reason, String response,
                                int attempts) {
        return new EmailDelivery(orderId, recipient, messageId).markFailed(reason, response, attempts);
    }

    /**
     * Sent; the attempts of an earlier failure (whose message was then replayed) still count. A sent record always
     * has a time: stamped now, and again by {@link #acceptedNow} once the SMTP server has accepted the email.
     */
    EmailDelivery markSent(String sentTo, int moreAttempts) {
        this.recipient = sentTo;
        this.status = DeliveryStatus.SENT;
        this.attempts += moreAttempts;
        this.smtpResponse = null;
        this.failureReason = null;
        return acceptedNow();
    }

    /** When the SMTP server accepted the email, to the microsecond PostgreSQL keeps: the event and the row agree. */
    EmailDelivery acceptedNow() {
        this.sentAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return this;
    }

    EmailDelivery markFailed(String reason, String response, int moreAttempts) {
        this.status = DeliveryStatus.FAILED;
        this.attempts += moreAttempts;
        this.failureReason = reason;
        this.smtpResponse = response;
        return this;
    }

    public boolean isSent() {
        return status == DeliveryStatus.SENT;
    }

    public UUID orderId() {
        return orderId;
    }

    public String recipient() {
        return recipient;
    }

    public String messageId() {
        return messageId;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String smtpResponse() {
        return smtpResponse;
    }

    public String failureReason() {
        return failureReason;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
