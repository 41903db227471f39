package dev.checkout.order.status;

import java.util.Locale;

/** What follows a confirmed order, each done by its own worker, which reports its outcome as an event. */
public enum FollowUpName {
    EMAIL, FRAUD, ANALYTICS;

    /** As in the API ({@code followUps.email}) and as the prefix of the worker's outcome events. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The follow-up an outcome event ({@code email.sent}, {@code fraud.failed}, ...) reports on. */
    static FollowUpName ofEventType(String eventType) {
        return valueOf(eventType.substring(0, eventType.indexOf('.')).toUpperCase(Locale.ROOT));
    }

    static FollowUpName ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
