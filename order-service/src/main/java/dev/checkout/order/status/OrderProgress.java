package dev.checkout.order.status;

import dev.checkout.order.checkout.OrderStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an order stands, read from its timeline: the status of its latest entry, and for each follow-up the state of
 * its latest outcome entry.
 */
final class OrderProgress {

    private OrderStatus status;
    private final Map<FollowUpName, TimelineEntry> latest = new EnumMap<>(FollowUpName.class);

    /** {@code status}: the order's, until an entry tells a later one. */
    OrderProgress(OrderStatus status) {
        this.status = status;
    }

    /** Takes the next entry of the timeline into account; entries come in timeline order. */
    void add(TimelineEntry entry) {
        status = entry.orderStatus();
        if (entry.followUp() != null) {
            latest.put(entry.followUp(), entry);
        }
    }

    OrderStatus status() {
        return status;
    }

    /**
     * The follow-ups as the API shows them: none for an order that was never confirmed (nothing follows it); a
     * follow-up without an outcome is PENDING, or DELAYED once {@code delayedAfter} has passed since the confirmation.
     */
    Map<String, FollowUp> followUps(Instant confirmedAt, Instant now, Duration delayedAfter) {
        Map<String, FollowUp> followUps = new LinkedHashMap<>();
        if (confirmedAt == null) {
            return followUps;
        }
        FollowUpState waiting = now.isAfter(confirmedAt.plus(delayedAfter)) ? FollowUpState.DELAYED
                : FollowUpState.PENDING;
        for (FollowUpName name : FollowUpName.values()) {
            TimelineEntry entry = latest.get(name);
            followUps.put(name.key(), entry == null ? new FollowUp(waiting, confirmedAt, null, null)
                    : entry.toFollowUp());
        }
        return followUps;
    }

    /**
     * Whether nothing more will happen to the order's status: it was declined or cancelled, or every follow-up has a
     * final outcome (for fraud: a decision that waits for no reviewer).
     */
    boolean isSettled() {
        return switch (status) {
            case PAYMENT_DECLINED, CANCELLED -> true;
            case PENDING_PAYMENT -> false;
            case CONFIRMED, ON_HOLD -> latest.size() == FollowUpName.values().length
                    && latest.values().stream().map(TimelineEntry::toFollowUp).allMatch(OrderProgress::isFinal);
        };
    }

    private static boolean isFinal(FollowUp followUp) {
        return followUp.state() == FollowUpState.FAILED
                || followUp.assessment() == null || followUp.assessment().isSettled();
    }
}
