package dev.checkout.fulfilment.shipment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One order's shipment: what {@code order.placed} and {@code fraud.assessed} told about it, in either order, and
 * what became of it. The state machine: nothing is shipped before the fraud review cleared the order.
 */
@Entity
@Table(name = "shipment")
public class Shipment {

    @Id
    private UUID id;
    @Column(name = "order_id")
    private UUID orderId;
    @Enumerated(EnumType.STRING)
    private ShipmentState state;
    @Column(name = "customer_id")
    private String customerId;
    private String shipping;
    @Column(name = "fraud_decision")
    private String fraudDecision;
    @Column(name = "fraud_final")
    private boolean fraudFinal;
    @Column(name = "fraud_decided_at")
    private Instant fraudDecidedAt;
    @Column(name = "warehouse_reference")
    private String warehouseReference;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "failure_reason")
    private String failureReason;
    @Column(name = "failure_message")
    private String failureMessage;
    private int attempts;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Shipment() {
    }

    static Shipment of(UUID orderId) {
        Shipment shipment = new Shipment();
        shipment.id = UUID.randomUUID();
        shipment.orderId = orderId;
        shipment.state = ShipmentState.AWAITING_ORDER;
        shipment.createdAt = Instant.now();
        shipment.updatedAt = shipment.createdAt;
        return shipment;
    }

    void placed(String customerId, Shipping shipping) {
        this.customerId = customerId;
        this.shipping = shipping.encode();
    }

    /** Takes the decision in if it supersedes the standing one; false if it changes nothing. */
    boolean decided(FraudDecision decision) {
        if (!decision.supersedes(fraudDecision())) {
            return false;
        }
        fraudDecision = decision.decision();
        fraudFinal = decision.isFinal();
        fraudDecidedAt = decision.decidedAt();
        return true;
    }

    /** Where the order stands now by what is known; REQUESTED is set by {@link #requested} alone. */
    ShipmentState evaluate() {
        FraudDecision decision = fraudDecision();
        if (decision != null && decision.cancels()) {
            return ShipmentState.CANCELLED;
        }
        if (decision != null && !decision.clears()) {
            return ShipmentState.HELD;
        }
        if (shipping == null) {
            return ShipmentState.AWAITING_ORDER;
        }
        return decision == null ? ShipmentState.AWAITING_CLEARANCE : ShipmentState.REQUESTED;
    }

    void moveTo(ShipmentState next) {
        state = next;
        updatedAt = Instant.now();
    }

    void requested(String reference, int attempts) {
        warehouseReference = reference;
        requestedAt = Instant.now();
        failureReason = null;
        failureMessage = null;
        this.attempts = attempts;
        moveTo(ShipmentState.REQUESTED);
    }

    void failed(String reason, String message, int attempts) {
        failureReason = reason;
        failureMessage = message;
        this.attempts = attempts;
        moveTo(ShipmentState.FAILED);
    }

    FraudDecision fraudDecision() {
        return fraudDecision == null ? null : new FraudDecision(fraudDecision, fraudFinal, fraudDecidedAt);
    }

    public UUID id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public ShipmentState state() {
        return state;
    }

    public String customerId() {
        return customerId;
    }

    Shipping shipping() {
        return Shipping.decode(shipping);
    }

    public String warehouseReference() {
        return warehouseReference;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String failureReason() {
        return failureReason;
    }

    String failureMessage() {
        return failureMessage;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
