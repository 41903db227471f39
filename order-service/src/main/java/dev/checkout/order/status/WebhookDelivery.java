package dev.checkout.order.status;

import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A change of an order still to be POSTed to its callback URL. Written in the transaction that records the change;
 * the {@link WebhookDispatcher} takes it from there (attempts, back-off and outcome live in the table).
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    private UUID id;
    @Column(name = "order_id")
    private UUID orderId;
    private int seq;
    private String url;
    private String body;
    @Column(name = "give_up_at")
    private Instant giveUpAt;

    protected WebhookDelivery() {
    }

    WebhookDelivery(UUID orderId, int seq, String url, String body, Instant giveUpAt) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.seq = seq;
        this.url = url;
        this.body = body;
        this.giveUpAt = giveUpAt;
    }

    UUID id() {
        return id;
    }

    String body() {
        return body;
    }

    Instant giveUpAt() {
        return giveUpAt;
    }

    /** Its columns as {@link WebhookDeliveries}' insert binds them. */
    Tuple row() {
        return Tuple.of(id, orderId, seq, url, body, giveUpAt.atOffset(ZoneOffset.UTC));
    }
}
