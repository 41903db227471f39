package dev.checkout.analytics.recording;

import dev.checkout.messaging.outbox.Outbox;
import dev.checkout.messaging.outbox.OutgoingEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The outcome events order-service follows an order's analytics by ({@code analytics.recorded},
 * {@code analytics.failed}, contracts version 1), recorded through the outbox in the caller's transaction.
 */
@ApplicationScoped
public class RecordingOutcomes {

    static final String RECORDED = "analytics.recorded";
    static final String FAILED = "analytics.failed";

    private final Outbox outbox;

    RecordingOutcomes(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> recorded(UUID orderId) {
        return outbox.record(OutgoingEvent.of(RECORDED, 1, orderId.toString(), new JsonObject()
                .put("orderId", orderId.toString())
                .put("recordedAt", Instant.now().truncatedTo(ChronoUnit.MICROS).toString())));
    }

    public Uni<Void> failed(UUID orderId, String reasonCode, String message, int attempts) {
        return outbox.record(OutgoingEvent.of(FAILED, 1, orderId.toString(), new JsonObject()
                .put("orderId", orderId.toString())
                .put("failure", new JsonObject()
                        .put("reasonCode", reasonCode)
                        .put("message", message)
                        .put("attempts", attempts))));
    }
}
