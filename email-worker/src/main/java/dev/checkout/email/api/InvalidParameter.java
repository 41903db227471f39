package dev.checkout.email.api;

import java.util.List;

/** A query or path parameter that is missing or malformed: 400 with the parameter in {@code errors}. */
public final class InvalidParameter extends ProblemException {

    public InvalidParameter(String parameter, String message) {
        super(Problem.of(400, "validation_failed", "Validation failed", "Invalid value for: " + parameter + ".")
                .withErrors(List.of(new Problem.FieldError(parameter, message))));
    }
}
