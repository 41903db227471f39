package dev.checkout.order.status;

import dev.checkout.problem.ProblemException;
import dev.checkout.problem.FieldError;

import java.util.List;
import java.util.Map;

/** A callback URL the service will not call: not http(s), or its host is not on the allow-list. */
public final class CallbackUrlNotAllowed extends ProblemException {

    private final String reason;

    CallbackUrlNotAllowed(String reason) {
        super(422, "callback_url_not_allowed", "Callback URL not allowed",
                "The callbackUrl is refused: " + reason + ".");
        this.reason = reason;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("errors", List.of(new FieldError("callbackUrl", reason)));
    }
}
