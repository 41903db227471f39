package dev.checkout.email.receipt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;

import java.time.Instant;
import java.util.UUID;

/** The one PDF receipt of an order, keyed by the order id; never changed once stored. */
@Entity
@Table(name = "receipt")
public class Receipt {

    @Id
    @Column(name = "order_id")
    private UUID orderId;

    @Column(name = "pdf", nullable = false)
    private byte[] pdf;

    @CreationTimestamp
    @Column(name = "created_at")
    private Instant createdAt;

    protected Receipt() {
    }

    Receipt(UUID orderId, byte[] pdf) {
        this.orderId = orderId;
        this.pdf = pdf;
    }

    public UUID orderId() {
        return orderId;
    }

    public byte[] pdf() {
        return pdf;
    }
}
