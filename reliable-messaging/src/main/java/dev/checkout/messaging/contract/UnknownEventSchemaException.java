package dev.checkout.messaging.contract;

/**
 * No schema exists for an event's type and version. Unlike a document that breaks its schema, this says nothing
 * about the document itself: it may come from a newer producer. Either way the consumer must not guess (DESIGN.md
 * §5), so both are permanent failures.
 */
public class UnknownEventSchemaException extends RuntimeException {

    private final String eventType;
    private final int schemaVersion;

    public UnknownEventSchemaException(String eventType, int schemaVersion) {
        super("no schema for event type '" + eventType + "' version " + schemaVersion + " in classpath:"
                + EventContract.CLASSPATH_FOLDER);
        this.eventType = eventType;
        this.schemaVersion = schemaVersion;
    }

    public String eventType() {
        return eventType;
    }

    public int schemaVersion() {
        return schemaVersion;
    }
}
