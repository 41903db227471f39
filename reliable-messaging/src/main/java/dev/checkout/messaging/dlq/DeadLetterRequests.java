package dev.checkout.messaging.dlq;

import java.util.function.Predicate;

/** What an operator asks to replay or discard: one message, one failure group, or (replay only) everything. */
final class DeadLetterRequests {

    private DeadLetterRequests() {
    }

    public record Replay(String messageId, String group, Boolean all) {

        Predicate<ParkedMessage> selector() {
            return DeadLetterRequests.selector(messageId, group, Boolean.TRUE.equals(all));
        }
    }

    public record Discard(String messageId, String group, String reason) {

        Predicate<ParkedMessage> selector() {
            return DeadLetterRequests.selector(messageId, group, false);
        }
    }

    private static Predicate<ParkedMessage> selector(String messageId, String group, boolean all) {
        int chosen = (messageId != null ? 1 : 0) + (group != null ? 1 : 0) + (all ? 1 : 0);
        if (chosen != 1) {
            throw new IllegalArgumentException("name exactly one of messageId, group" + (all ? "" : " or all"));
        }
        if (messageId != null) {
            return m -> messageId.equals(m.messageId());
        }
        return group != null ? m -> group.equals(m.group()) : m -> true;
    }
}
