package dev.checkout.email.api;

/**
 * A typed failure the API answers with a problem document; {@link ProblemMappers} turns each into a response.
 * They are expected outcomes, not bugs, so they carry no stack trace.
 */
public abstract class ProblemException extends RuntimeException {

    private final transient Problem problem;

    protected ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
