package dev.checkout.problem;

/** A request that needs a JSON body came without one. */
public final class MissingBody extends ProblemException {

    public MissingBody() {
        super(400, "missing_body", "Missing body", "This request needs a JSON body.");
    }
}
