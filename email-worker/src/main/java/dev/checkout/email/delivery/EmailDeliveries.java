package dev.checkout.email.delivery;

import dev.checkout.messaging.outbox.Outbox;
import dev.checkout.messaging.outbox.OutgoingEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The delivery records, and the outcome events that report them. Everything here joins the caller's transaction,
 * so a record and its event commit together (DESIGN.md §6).
 */
@ApplicationScoped
public class EmailDeliveries implements PanacheRepositoryBase<EmailDelivery, UUID> {

    // Two events for one order (different message ids, so both pass the idempotent consumer) take turns here: the
    // second sees what the first committed instead of sending a second email.
    private static final String LOCK_ORDER = "select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))";

    private final Outbox outbox;

    EmailDeliveries(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Holds the order's lock until the caller's transaction ends, and returns its record if there is one. */
    public Uni<Optional<EmailDelivery>> lock(UUID orderId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(LOCK_ORDER).setParameter(1, orderId.toString()).getSingleResult())
                .chain(() -> findById(orderId))
                .map(Optional::ofNullable);
    }

    /**
     * Before the email goes out: its record as it will be once sent, written (not committed) now, so that anything
     * the database refuses is refused before the SMTP server has accepted an email that could then not be recorded.
     */
    public Uni<EmailDelivery> prepareSent(Optional<EmailDelivery> existing, UUID orderId, String recipient,
                                          String messageId, int attempts) {
        EmailDelivery delivery = existing.map(previous -> previous.markSent(recipient, attempts))
                .orElseGet(() -> EmailDelivery.sent(orderId, recipient, messageId, attempts));
        return persistAndFlush(delivery);
    }

    /** The SMTP server accepted the email: its time, and the {@code email.sent} outcome. */
    public Uni<Void> confirmSent(EmailDelivery delivery) {
        delivery.acceptedNow();
        return outbox.record(OutgoingEvent.of("email.sent", 1, delivery.orderId().toString(), new JsonObject()
                .put("orderId", delivery.orderId().toString())
                .put("email", new JsonObject()
                        .put("messageId", delivery.messageId())
                        .put("recipient", delivery.recipient())
                        .put("sentAt", delivery.sentAt().toString()))));
    }

    /**
     * The order's email was given up on: records why and publishes {@code email.failed}, unless an email for the
     * order already went out (then a stray failure changes nothing). Call it holding the order's {@link #lock}.
     */
    public Uni<Void> recordFailed(Optional<EmailDelivery> existing, UUID orderId, String recipient, String messageId,
                                  String reason, String message, int attempts) {
        if (existing.filter(EmailDelivery::isSent).isPresent()) {
            return Uni.createFrom().voidItem();
        }
        String detail = Objects.requireNonNullElse(message, reason);
        EmailDelivery failed = existing.map(previous -> previous.markFailed(reason, detail, attempts))
                .orElseGet(() -> EmailDelivery.failed(orderId, recipient, messageId, reason, detail, attempts));
        return persist(failed).chain(() -> outbox.record(OutgoingEvent.of("email.failed", 1, orderId.toString(),
                new JsonObject()
                        .put("orderId", orderId.toString())
                        .put("failure", new JsonObject()
                                .put("reasonCode", reason)
                                .put("message", detail)
                                .put("attempts", attempts)))));
    }
}
