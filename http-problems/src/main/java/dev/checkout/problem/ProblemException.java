package dev.checkout.problem;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A typed failure the API answers with a problem document. Each capability names its failures after what went
 * wrong (out of stock, payment declined, ...); {@link ProblemMappers} turns every one of them into a response.
 * They are expected outcomes, not bugs, so they carry no stack trace.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;

    protected ProblemException(int status, String code, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Members the problem document carries beyond the standard ones. */
    public Map<String, Object> extensions() {
        return Map.of();
    }

    /** For answers that mean "try again later": how long the client should wait. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }

    /** Whether the same request would get the same answer again, so that answer may be replayed to a retry. */
    public boolean isFinal() {
        return false;
    }

    public Problem toProblem() {
        return new Problem(status, code, title, getMessage(), extensions());
    }
}
