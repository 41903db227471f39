package dev.checkout.order.status;

import dev.checkout.order.orders.OrderStatus;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * One thing that happened to an order: a status change, a worker's outcome (which sets its follow-up's state), or a
 * webhook delivery. Created as a draft, then numbered by {@link OrderTimeline}.
 */
@Entity
@Table(name = "order_timeline")
public class TimelineEntry {

    static final String ORDER_RECEIVED = "order.received";
    static final String ORDER_CONFIRMED = "order.confirmed";
    static final String ORDER_PAYMENT_DECLINED = "order.payment_declined";
    static final String ORDER_CANCELLED = "order.cancelled";
    static final String ORDER_ON_HOLD = "order.on_hold";
    static final String ORDER_HOLD_RELEASED = "order.hold_released";
    static final String WEBHOOK_DELIVERED = "webhook.delivered";
    static final String WEBHOOK_GAVE_UP = "webhook.gave_up";

    @Id
    private UUID id;
    @Column(name = "order_id")
    private UUID orderId;
    private int seq;
    private String type;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "order_status")
    private OrderStatus orderStatus;
    @Column(name = "follow_up")
    private String followUp;
    @Enumerated(EnumType.STRING)
    private FollowUpState state;
    @Column(name = "event_id")
    private UUID eventId;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String detail;

    protected TimelineEntry() {
    }

    private TimelineEntry(String type, OrderStatus orderStatus, Object detail) {
        this.id = UUID.randomUUID();
        this.type = type;
        this.orderStatus = orderStatus;
        this.detail = detail == null ? null : JsonObject.mapFrom(detail).encode();
    }

    /** An entry as the SQL client read it. */
    static TimelineEntry read(Row row) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = row.getUUID("id");
        entry.orderId = row.getUUID("order_id");
        entry.seq = row.getInteger("seq");
        entry.type = row.getString("type");
        entry.recordedAt = instant(row.getOffsetDateTime("recorded_at"));
        entry.orderStatus = OrderStatus.valueOf(row.getString("order_status"));
        entry.followUp = row.getString("follow_up");
        String state = row.getString("state");
        entry.state = state == null ? null : FollowUpState.valueOf(state);
        entry.eventId = row.getUUID("event_id");
        entry.occurredAt = instant(row.getOffsetDateTime("occurred_at"));
        entry.detail = row.getString("detail");
        return entry;
    }

    /** Every entry the SQL client read, in the order read. */
    static List<TimelineEntry> readAll(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(TimelineEntry::read).toList();
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    /** The values of {@link OrderTimeline}'s insert, in its column order. */
    Tuple row() {
        return Tuple.from(Arrays.asList(id, orderId, seq, type, utc(recordedAt), orderStatus.name(), followUp,
                state == null ? null : state.name(), eventId, utc(occurredAt), detail));
    }

    private static OffsetDateTime utc(Instant value) {
        return value == null ? null : value.atOffset(ZoneOffset.UTC);
    }

    /** The order's status changed to {@code status}. */
    static TimelineEntry statusChange(String type, OrderStatus status) {
        return new TimelineEntry(type, status, null);
    }

    /** A worker's outcome, which sets its follow-up's state. */
    static TimelineEntry outcome(Outcome outcome, OrderStatus status) {
        TimelineEntry entry = new TimelineEntry(outcome.type(), status,
                outcome.detail().isEmpty() ? null : outcome.detail());
        entry.followUp = outcome.followUp();
        entry.state = outcome.state();
        entry.eventId = outcome.eventId();
        entry.occurredAt = outcome.occurredAt();
        return entry;
    }

    static TimelineEntry webhook(String type, OrderStatus status, WebhookResult result) {
        return new TimelineEntry(type, status, result);
    }

    void number(UUID orderId, int seq, Instant recordedAt) {
        this.orderId = orderId;
        this.seq = seq;
        this.recordedAt = recordedAt;
    }

    UUID id() {
        return id;
    }

    UUID orderId() {
        return orderId;
    }

    int seq() {
        return seq;
    }

    OrderStatus orderStatus() {
        return orderStatus;
    }

    /** Streamed and sent to webhooks: everything but the notes about webhook deliveries themselves. */
    boolean isStatusChange() {
        return !type.startsWith("webhook.");
    }

    /** The follow-up an outcome entry moved; null for other entries. */
    String followUp() {
        return followUp;
    }

    Progress progress() {
        return Progress.of(state, assessment(), occurredAt, eventId);
    }

    FollowUp toFollowUp() {
        OutcomeDetail outcome = outcomeDetail();
        return new FollowUp(state, recordedAt, outcome.assessment(), outcome.failure(state), outcome.hold(state),
                outcome.reference());
    }

    OrderChange toChange() {
        OutcomeDetail outcome = outcomeDetail();
        return new OrderChange(orderId, seq, type, recordedAt, orderStatus, followUp, state, occurredAt,
                outcome.assessment(), outcome.failure(state), outcome.hold(state), outcome.reference(), webhook());
    }

    private FraudAssessment assessment() {
        return outcomeDetail().assessment();
    }

    private OutcomeDetail outcomeDetail() {
        OutcomeDetail outcome = detailAs(followUp != null, OutcomeDetail.class);
        return outcome == null ? OutcomeDetail.NONE : outcome;
    }

    private WebhookResult webhook() {
        return detailAs(!isStatusChange(), WebhookResult.class);
    }

    private <T> T detailAs(boolean applies, Class<T> type) {
        return applies && detail != null ? new JsonObject(detail).mapTo(type) : null;
    }
}
