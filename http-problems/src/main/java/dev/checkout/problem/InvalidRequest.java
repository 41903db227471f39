package dev.checkout.problem;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 400 {@code validation_failed}: each offending field, parameter or header is listed under {@code errors}. */
public class InvalidRequest extends ProblemException {

    private final List<FieldError> errors;

    public InvalidRequest(List<FieldError> errors) {
        super(400, "validation_failed", "Validation failed", "Invalid value for: "
                + errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", ")) + ".");
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequest of(String field, String message) {
        return new InvalidRequest(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("errors", errors);
    }

    @Override
    public boolean isFinal() {
        return true;
    }
}
