package dev.checkout.order.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * Renders problem documents. The body is written here, as text, so that an answer kept for an idempotent replay is
 * byte for byte the answer the client first got.
 */
@ApplicationScoped
public class ProblemResponses {

    private final ObjectMapper mapper;

    ProblemResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Response of(ProblemException failure) {
        Response.ResponseBuilder response = Response.status(failure.status())
                .type(Problem.MEDIA_TYPE)
                .entity(json(failure.toProblem()));
        failure.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER, seconds(wait)));
        return response.build();
    }

    public Response of(Problem problem) {
        return Response.status(problem.status).type(Problem.MEDIA_TYPE).entity(json(problem)).build();
    }

    private String json(Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Retry-After takes whole seconds; rounding up keeps a client from coming back early.
    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
