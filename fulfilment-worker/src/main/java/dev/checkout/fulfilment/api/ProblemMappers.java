package dev.checkout.fulfilment.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one place where failures become responses: every error the API answers is an RFC 9457 problem document
 * with a stable {@code code}, and nothing reaches a client as a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ObjectMapper json;

    ProblemMappers(ObjectMapper json) {
        this.json = json;
    }

    @ServerExceptionMapper
    public Response typedFailure(ProblemException failure) {
        return respond(failure.toProblem());
    }

    // Hibernate Validator's REST integration throws this subtype; it has a built-in mapper of its own to override.
    @ServerExceptionMapper
    public Response invalidRequest(ResteasyReactiveViolationException violations) {
        return validationFailed(violations.getConstraintViolations());
    }

    @ServerExceptionMapper
    public Response invalidRequest(ConstraintViolationException violations) {
        return validationFailed(violations.getConstraintViolations());
    }

    // Quarkus REST has a built-in mapper for this subtype; well-formed JSON whose values have the wrong type.
    @ServerExceptionMapper
    public Response wrongJsonType(MismatchedInputException failure) {
        return wrongJsonValue(failure);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException failure) {
        return failure instanceof JsonMappingException mapping ? wrongJsonValue(mapping)
                : respond(new Problem(400, "malformed_json", "Malformed JSON", "The request body is not valid JSON.",
                Map.of()));
    }

    @ServerExceptionMapper
    public Response httpFailure(WebApplicationException failure) {
        Response response = failure.getResponse();
        // Answers built elsewhere (e.g. the dead-letter admin API's own problem documents) go out as they are.
        if (response.hasEntity()) {
            return response;
        }
        // Quarkus REST wraps what the JSON reader threw, and answers a query parameter it cannot convert with 404.
        if (failure.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable);
        }
        int status = response.getStatus();
        if (status == 404 && failure.getCause() instanceof IllegalArgumentException) {
            return respond(new Problem(400, "invalid_parameter", "Invalid parameter",
                    "A query parameter has a value of the wrong type.", Map.of()));
        }
        if (status >= 500) {
            return unexpected(failure);
        }
        return respond(new Problem(status, codeOf(status), response.getStatusInfo().getReasonPhrase(),
                detailOf(status), Map.of()));
    }

    // No valid bearer token: none, expired, or not issued by the realm for this API.
    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException failure) {
        return Response.fromResponse(respond(new Problem(401, "unauthenticated", "Unauthenticated",
                "Send a valid bearer token from the identity provider.", Map.of())))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException failure) {
        return respond(new Problem(403, "forbidden", "Forbidden", "Your roles do not allow this.", Map.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable failure) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected failure, error id %s", errorId);
        return respond(new Problem(500, "internal_error", "Internal error",
                "Something went wrong on our side; quote the error id when reporting it.", Map.of("errorId", errorId)));
    }

    private Response validationFailed(Set<ConstraintViolation<?>> violations) {
        List<FieldError> errors = violations.stream()
                .map(violation -> new FieldError(field(violation.getPropertyPath().toString()), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
        return respond(new Problem(400, "validation_failed", "Validation failed",
                "Invalid value for: " + fields + ".", Map.of("errors", errors)));
    }

    private Response wrongJsonValue(JsonMappingException failure) {
        String field = jsonPath(failure);
        return field.isEmpty()
                ? respond(new Problem(400, "malformed_json", "Malformed JSON",
                "The request body does not have the expected shape.", Map.of()))
                : respond(new Problem(400, "malformed_json", "Malformed JSON",
                "The value of " + field + " has the wrong type.",
                Map.of("errors", List.of(new FieldError(field, "wrong type")))));
    }

    private Response respond(Problem problem) {
        try {
            return Response.status(problem.status).type(Problem.MEDIA_TYPE)
                    .entity(json.writeValueAsString(problem)).build();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "list.orderId" becomes "orderId"; a plain parameter ("list.size") keeps its own name. */
    static String field(String propertyPath) {
        String withoutMethod = propertyPath.substring(propertyPath.indexOf('.') + 1);
        int parameterEnd = withoutMethod.indexOf('.');
        return parameterEnd < 0 ? withoutMethod : withoutMethod.substring(parameterEnd + 1);
    }

    private static String jsonPath(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            default -> "http_" + status;
        };
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 404 -> "No such resource.";
            case 405 -> "This resource does not support that method.";
            case 406 -> "This resource answers application/json only.";
            case 415 -> "Send the request body as application/json.";
            default -> "The request cannot be processed.";
        };
    }

    /** One offending field of a request and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
