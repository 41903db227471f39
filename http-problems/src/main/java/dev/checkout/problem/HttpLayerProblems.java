package dev.checkout.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Problem documents for what the HTTP layer refuses before any resource runs, where no JAX-RS exception mapper can
 * answer: a body, request target or header block over the documented limits (413, 414, 431), an unusable request
 * target (400), no route for the path (404) or the method (405), and failures of the routing chain itself
 * (authentication, a handler's status). Quarkus and Vert.x answer all of these with an empty body otherwise.
 */
@ApplicationScoped
public class HttpLayerProblems {

    private static final Logger LOG = Logger.getLogger(HttpLayerProblems.class);

    // Before every filter (authentication, observability, Quarkus' own body size check at -2): they read the decoded
    // path, and a target that cannot be decoded (%zz) makes them fail with a 500. At the same order as Quarkus' body
    // handler, this route still comes first: it is registered before the filters are.
    private static final int FIRST = Integer.MIN_VALUE + 1;
    // Quarkus' own body size check is registered at order -2; failures of the chain are answered before its handlers.
    private static final int BEFORE_QUARKUS_LIMITS = -3;

    private static final Set<Integer> ANSWERED_STATUSES = Set.of(400, 401, 403, 404, 405, 406, 413, 414, 415, 431);

    private final long maxBodyBytes;
    private final HttpLimits limits;
    private final ProblemResponses problems;

    HttpLayerProblems(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                      HttpLimits limits, ProblemResponses problems) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.limits = limits;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(FIRST).handler(this::refuseUnusableRequests);
        router.route().order(BEFORE_QUARKUS_LIMITS).failureHandler(this::failure);
        // What no route handled: Vert.x ends it with the bare status (400 for a path it cannot decode, 404, 405).
        for (int status : ANSWERED_STATUSES) {
            router.errorHandler(status, context -> answer(context, status == 400 ? badRequest(context)
                    : HttpStatusProblems.of(status), status == 413));
        }
    }

    // The router refuses a path it cannot decode (%zz) before any route, this class's check of the target included.
    private static Problem badRequest(RoutingContext context) {
        String unusable = RequestTarget.unusable(context.request().uri());
        return unusable == null ? HttpStatusProblems.of(400) : invalidTarget(unusable);
    }

    private static Problem invalidTarget(String unusable) {
        return new Problem(400, "invalid_request_target", "Invalid request target", unusable, Map.of());
    }

    private void refuseUnusableRequests(RoutingContext context) {
        String target = context.request().uri();
        if (target.length() > limits.maxRequestTarget()) {
            answer(context, new Problem(414, "uri_too_long", "URI too long", "The request target is longer than "
                    + limits.maxRequestTarget() + " characters.", Map.of("maxLength", limits.maxRequestTarget())), true);
            return;
        }
        long headerBytes = headerBytes(context.request().headers());
        if (headerBytes > limits.maxHeaderSize().asLongValue()) {
            answer(context, new Problem(431, "header_fields_too_large", "Request header fields too large",
                    "The request headers are larger than " + limits.maxHeaderSize().asLongValue() + " bytes.",
                    Map.of("maxBytes", limits.maxHeaderSize().asLongValue())), true);
            return;
        }
        String unusable = RequestTarget.unusable(target);
        if (unusable != null) {
            answer(context, invalidTarget(unusable), true);
            return;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > maxBodyBytes) {
            answer(context, new Problem(413, "payload_too_large", "Payload too large",
                    "The request body is larger than " + maxBodyBytes + " bytes.", Map.of("maxBytes", maxBodyBytes)),
                    true);
            return;
        }
        context.next();
    }

    private void failure(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        Throwable failure = context.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
            answer(context, HttpStatusProblems.of(401), false);
        } else if (failure instanceof ForbiddenException) {
            answer(context, HttpStatusProblems.of(403), false);
        } else if (failure == null && ANSWERED_STATUSES.contains(context.statusCode())) {
            // A body that was too large is still on the wire: the connection cannot be reused.
            answer(context, HttpStatusProblems.of(context.statusCode()), context.statusCode() == 413);
        } else if (failure != null && ConnectionLoss.explains(failure)) {
            DependencyUnavailable outage = new DependencyUnavailable();
            context.response().putHeader(HttpHeaders.RETRY_AFTER,
                    String.valueOf(ProblemResponses.seconds(DependencyUnavailable.RETRY_AFTER)));
            answer(context, outage.toProblem(), false);
        } else {
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(failure, "Unexpected failure in the HTTP layer (status %d), error id %s", context.statusCode(),
                    errorId);
            answer(context, HttpStatusProblems.internalError(errorId), false);
        }
    }

    private void answer(RoutingContext context, Problem problem, boolean closeConnection) {
        HttpServerResponse response = context.response()
                .setStatusCode(problem.status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (closeConnection) {
            // An unread body would otherwise be taken for the next request on this connection.
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(problems.json(problem.at(context.request().path())));
    }

    private static long headerBytes(MultiMap headers) {
        long total = 0;
        for (Map.Entry<String, String> header : headers) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
