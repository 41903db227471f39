package dev.checkout.analytics.api;

/** One offending field (here: query parameter) of a request and what is wrong with it. */
public record FieldError(String field, String message) {
}
