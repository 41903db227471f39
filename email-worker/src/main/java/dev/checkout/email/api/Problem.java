package dev.checkout.email.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem details document; {@code code} is its stable, machine-readable name and {@code errors} lists
 * the offending request fields when the request was invalid.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "code", "detail", "errors", "errorId"})
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(examples = "https://checkout.dev/problems/email_delivery_not_found") String type,
        @Schema(examples = "Email delivery not found") String title,
        @Schema(examples = "404") int status,
        @Schema(description = "Stable machine-readable name of the problem", examples = "email_delivery_not_found")
        String code,
        String detail,
        List<FieldError> errors,
        @Schema(description = "Quote it when reporting an internal error") String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String TYPE_PREFIX = "https://checkout.dev/problems/";

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(TYPE_PREFIX + code, title, status, code, detail, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, code, detail, fieldErrors, errorId);
    }

    public Problem withErrorId(String id) {
        return new Problem(type, title, status, code, detail, errors, id);
    }

    /** One offending field of a request and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
