package dev.checkout.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
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
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one place where failures inside the resources become responses: every error any service answers is an RFC 9457
 * problem document with a stable {@code code}, and nothing reaches a client as a stack trace. What fails before a
 * resource is reached is answered the same way by {@link HttpLayerProblems}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ProblemResponses responses;
    private final AllowedMethods allowedMethods;

    ProblemMappers(ProblemResponses responses, AllowedMethods allowedMethods) {
        this.responses = responses;
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response typedFailure(ProblemException failure) {
        return responses.of(failure);
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

    @ServerExceptionMapper
    public Response unreadableJson(JsonParseException failure) {
        return malformedJson("The request body is not valid JSON.", List.of());
    }

    // Quarkus REST has a built-in mapper for this subtype too; well-formed JSON whose values have the wrong type.
    @ServerExceptionMapper
    public Response wrongJsonType(MismatchedInputException failure) {
        return wrongJsonValue(failure);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException failure) {
        return failure instanceof JsonMappingException mapping ? wrongJsonValue(mapping)
                : malformedJson("The request body is not valid JSON.", List.of());
    }

    @ServerExceptionMapper
    public Response httpFailure(WebApplicationException failure, UriInfo uri) {
        Response original = failure.getResponse();
        // Quarkus REST wraps what the JSON reader threw, and answers a query parameter it cannot convert with 404.
        if (failure.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        int status = original.getStatus();
        if (status == 404 && failure.getCause() instanceof IllegalArgumentException) {
            return responses.of(new Problem(400, "invalid_parameter", "Invalid parameter",
                    "A query or path parameter has a value of the wrong type.", Map.of()));
        }
        if (status >= 500) {
            return unexpected(failure);
        }
        Response.ResponseBuilder answer = Response.fromResponse(responses.of(HttpStatusProblems.of(status)));
        // An Allow header (405) or a challenge (401) tells the client what to do next: keep it.
        original.getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> answer.header(name, value));
            }
        });
        if (status == 405 && original.getHeaderString(HttpHeaders.ALLOW) == null) {
            String allowed = allowedMethods.on(uri.getPath());
            if (allowed != null) {
                answer.header(HttpHeaders.ALLOW, allowed);
            }
        }
        return answer.build();
    }

    // No valid bearer token: none, expired, or not issued by the realm for this API.
    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException failure) {
        return Response.fromResponse(responses.of(HttpStatusProblems.of(401)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException failure) {
        return responses.of(HttpStatusProblems.of(403));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable failure) {
        if (ConnectionLoss.explains(failure)) {
            LOG.warnf("A dependency is unreachable: %s", failure.toString());
            return responses.of(new DependencyUnavailable());
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected failure, error id %s", errorId);
        return responses.of(HttpStatusProblems.internalError(errorId));
    }

    private Response validationFailed(Set<ConstraintViolation<?>> violations) {
        List<FieldError> errors = violations.stream()
                .map(violation -> new FieldError(field(violation.getPropertyPath().toString()), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
        return responses.of(new Problem(400, "validation_failed", "Validation failed",
                "Invalid value for: " + fields + ".", Map.of("errors", errors)));
    }

    private Response wrongJsonValue(JsonMappingException failure) {
        String field = jsonPath(failure);
        return field.isEmpty()
                ? malformedJson("The request body does not have the expected shape.", List.of())
                : malformedJson("The value of " + field + " has the wrong type, is out of range or holds characters"
                        + " that are not allowed.", List.of(new FieldError(field, reason(failure))));
    }

    private Response malformedJson(String detail, List<FieldError> errors) {
        return responses.of(new Problem(400, "malformed_json", "Malformed JSON", detail,
                errors.isEmpty() ? Map.of() : Map.of("errors", errors)));
    }

    /** What {@link StrictJson} refused a text for, or the general reason. */
    private static String reason(JsonMappingException failure) {
        String refusal = StrictJson.refusal(failure);
        return refusal != null ? refusal : "wrong type or out of range";
    }

    /** "place.request.lines[0].quantity" becomes "lines[0].quantity"; a plain parameter keeps its own name. */
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
}
