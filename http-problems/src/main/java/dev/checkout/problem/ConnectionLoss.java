package dev.checkout.problem;

import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;

import java.net.ConnectException;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells a lost or refused connection to a dependency from a bug, looking through the causes a client library and
 * Hibernate Reactive wrap it in. The reactive PostgreSQL client reports some of these only as a
 * {@code VertxException} with a fixed message, so those are recognised by that message.
 */
public final class ConnectionLoss {

    private static final Set<String> CONNECTION_MESSAGES = Set.of(
            "Connection is not active now",      // the pooled connection's socket has already closed
            "Timeout waiting for connection",    // the pool could not lend one in time (every one is broken)
            "Timeout",                           // the same, from a waiter queued in the pool
            "Connection reset",
            "Connection reset by peer",
            "Connection refused",
            "Broken pipe");

    private ConnectionLoss() {
    }

    public static boolean explains(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (isConnectionLoss(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionLoss(Throwable cause) {
        if (cause instanceof DatabaseException database) {
            return cannotConnectNow(database.getSqlState());
        }
        if (cause instanceof ClosedConnectionException || cause instanceof ConnectException) {
            return true;
        }
        String message = cause.getMessage();
        return message != null
                && CONNECTION_MESSAGES.stream().anyMatch(known -> message.equals(known) || message.startsWith(known + ","));
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01–57P03 (admin shutdown, crash shutdown, cannot connect now) and
     * 53300 (too many connections): the server is restarting or full, not refusing this request.
     */
    private static boolean cannotConnectNow(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
                || sqlState.equals("57P03") || sqlState.equals("53300"));
    }
}
