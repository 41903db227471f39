package dev.checkout.problem;

import java.time.Duration;
import java.util.Optional;

/**
 * 503: a dependency on the request path (the database, the broker) cannot be reached right now. The request was
 * not carried out and may be sent again after {@code Retry-After}; a client can tell this from a bug (500).
 */
public final class DependencyUnavailable extends ProblemException {

    // Long enough for a database failover or restart to finish, short enough that a checkout is not abandoned.
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    public DependencyUnavailable() {
        super(503, "dependency_unavailable", "Service unavailable",
                "A service this request needs is unreachable right now; nothing was changed. Try again shortly.");
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(RETRY_AFTER);
    }
}
