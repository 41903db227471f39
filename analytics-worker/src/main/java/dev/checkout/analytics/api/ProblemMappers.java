package dev.checkout.analytics.api;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;
import java.util.UUID;

/**
 * The one place where failures become responses: every error this service answers is an RFC 9457 problem document
 * with a stable {@code code}, and nothing reaches a client as a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response typedFailure(ProblemException failure) {
        return response(failure.toProblem());
    }

    @ServerExceptionMapper
    public Response httpFailure(WebApplicationException failure) {
        Response original = failure.getResponse();
        // Answers that already carry their own body (the dead-letter admin API's problems) are kept as they are.
        if (original.hasEntity()) {
            return original;
        }
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(failure);
        }
        return response(new Problem(status, codeOf(status), original.getStatusInfo().getReasonPhrase(),
                detailOf(status), Map.of()));
    }

    // No valid bearer token: none, expired, or not issued by the realm for this API.
    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException failure) {
        return Response.fromResponse(response(new Problem(401, "unauthenticated", "Unauthenticated",
                "Send a valid bearer token from the identity provider.", Map.of())))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException failure) {
        return response(new Problem(403, "forbidden", "Forbidden", "Your roles do not allow this.", Map.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable failure) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected failure, error id %s", errorId);
        return response(new Problem(500, "internal_error", "Internal error",
                "Something went wrong on our side; quote the error id when reporting it.", Map.of("errorId", errorId)));
    }

    private static Response response(Problem problem) {
        return Response.status(problem.status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            default -> "http_" + status;
        };
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 404 -> "No such resource.";
            case 405 -> "This resource does not support that method.";
            case 406 -> "This resource answers application/json only.";
            default -> "The request cannot be processed.";
        };
    }
}
