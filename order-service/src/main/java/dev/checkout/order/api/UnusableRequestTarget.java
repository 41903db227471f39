package dev.checkout.order.api;

/** A URI no resource could honestly answer: a NUL character, or matrix parameters the API would silently drop. */
public class UnusableRequestTarget extends ProblemException {

    UnusableRequestTarget(String detail) {
        super(400, "invalid_request_target", "Invalid request target", detail);
    }

    @Override
    public boolean isFinal() {
        return true;
    }
}
