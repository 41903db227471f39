package dev.checkout.analytics.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 400 {@code validation_failed}: the request's parameters, each offending one listed under {@code errors}. */
public class InvalidRequest extends ProblemException {

    private final List<FieldError> errors;

    public InvalidRequest(List<FieldError> errors) {
        super(400, "validation_failed", "Validation failed", "Invalid value for: "
                + errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", ")) + ".");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    protected Map<String, Object> extensions() {
        return Map.of("errors", errors);
    }
}
