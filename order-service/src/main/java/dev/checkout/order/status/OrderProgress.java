package dev.checkout.order.status;

import dev.checkout.order.orders.OrderStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an order stands, read from its timeline: the status of its latest entry, and for each follow-up the state of
 * its latest outcome entry.
 */
final class OrderProgress {

    private final List<String> followUpNames;
    private OrderStatus status;
    private final Map<String, TimelineEntry> latest = new HashMap<>();

    /** {@code followUpNames}: the follow-ups every confirmed order has; {@code status}: the order's, until an entry tells a later one. */
    OrderProgress(List<String> followUpNames, OrderStatus status) {
        this.followUpNames = followUpNames;
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

    /** How far the follow-up has got: its latest outcome's progress, {@link Progress#NONE} before any. */
    Progress progressOf(String followUp) {
        TimelineEntry entry = latest.get(followUp);
        return entry == null ? Progress.NONE : entry.progress();
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
        for (String name : followUpNames) {
            TimelineEntry entry = latest.get(name);
            followUps.put(name, entry == null ? new FollowUp(waiting, confirmedAt, null, null, null, null)
                    : entry.toFollowUp());
        }
        return followUps;
    }

    /**
     * Whether nothing more will happen to the order's status: it was declined or cancelled, or every follow-up has a
     * final outcome (for fraud: a decision that waits for no reviewer; for a hold: one that is final).
     */
    boolean isSettled() {
        return switch (status) {
            case PAYMENT_DECLINED, CANCELLED -> true;
            case PENDING_PAYMENT -> false;
            case CONFIRMED, ON_HOLD -> followUpNames.stream().allMatch(name -> latest.containsKey(name)
                    && isFinal(latest.get(name).toFollowUp()));
        };
    }

    private static boolean isFinal(FollowUp followUp) {
        return switch (followUp.state()) {
            case FAILED -> true;
            case HELD -> followUp.hold().isFinal();
            case DONE -> followUp.assessment() == null || followUp.assessment().isSettled();
            case PENDING, DELAYED -> false;
        };
    }
}
