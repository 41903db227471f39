package dev.checkout.fulfilment.api;

import java.util.Map;

/**
 * A typed failure the API answers with a problem document; {@link ProblemMappers} turns every one into a response.
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

    /** Members the problem document carries beyond the standard ones. */
    protected Map<String, Object> extensions() {
        return Map.of();
    }

    public Problem toProblem() {
        return new Problem(status, code, title, getMessage(), extensions());
    }
}
