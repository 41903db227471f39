package dev.checkout.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * Renders problem documents. The body is written here, as text, so that an answer kept for an idempotent replay is
 * byte for byte the answer the client first got, and so that the HTTP layer's own answers (which no JAX-RS writer
 * sees) come out the same as the resources'.
 */
@ApplicationScoped
public class ProblemResponses {

    private final ObjectMapper mapper;
    private final CurrentVertxRequest request;

    ProblemResponses(ObjectMapper mapper, CurrentVertxRequest request) {
        this.mapper = mapper;
        this.request = request;
    }

    public Response of(ProblemException failure) {
        Response.ResponseBuilder response = Response.status(failure.status())
                .type(Problem.MEDIA_TYPE)
                .entity(json(failure.toProblem().at(currentPath())));
        failure.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER, seconds(wait)));
        return response.build();
    }

    public Response of(Problem problem) {
        return Response.status(problem.status).type(Problem.MEDIA_TYPE).entity(json(problem.at(currentPath()))).build();
    }

    /** The document as text, for answers written straight to Vert.x. */
    public String json(Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Retry-After takes whole seconds; rounding up keeps a client from coming back early.
    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private String currentPath() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext current = request.getCurrent();
        return current == null ? null : current.request().path();
    }
}
