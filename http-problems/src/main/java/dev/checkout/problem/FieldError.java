package dev.checkout.problem;

/** One offending field (body member, query or path parameter, header) of a request and what is wrong with it. */
public record FieldError(String field, String message) {
}
