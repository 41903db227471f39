package dev.checkout.messaging.consumer;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * An {@link EventHandler} for a hot consumer that needs nothing of Hibernate: the library opens the consumer's
 * transaction on the reactive SQL client, records the message id as processed on that connection, and hands the
 * same connection to {@link #handle(IncomingEvent, SqlConnection)}. Its statements are its own, so a transaction that
 * holds a row lock holds it for those round trips only, without a session's flush and bookkeeping around them.
 * Everything else is as for any handler: exactly once per message id, the same failures, the same parking.
 */
public interface SqlEventHandler extends EventHandler {

    /** Handles the event in the transaction open on {@code connection}; the library commits it. */
    Uni<Void> handle(IncomingEvent event, SqlConnection connection);

    /** Never called for this kind of handler: the library calls {@link #handle(IncomingEvent, SqlConnection)}. */
    @Override
    default Uni<Void> handle(IncomingEvent event) {
        return Uni.createFrom().failure(new UnsupportedOperationException(
                consumer() + " handles its events on the SQL client, in the consumer's transaction"));
    }
}
