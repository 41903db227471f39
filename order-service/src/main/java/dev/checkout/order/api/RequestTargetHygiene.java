package dev.checkout.order.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses request targets before any resource sees them, reading the target exactly as the client sent it: a NUL
 * character anywhere in the path or query (PostgreSQL cannot store it, so it could only end in a 500), and matrix
 * parameters ({@code /products/MUG-001;DROP}), which JAX-RS strips from the path: the request would act on
 * {@code MUG-001} while its sender named something else.
 */
class RequestTargetHygiene {

    private final ProblemResponses problems;

    RequestTargetHygiene(ProblemResponses problems) {
        this.problems = problems;
    }

    /** The refusal, or null to let the request through. */
    @ServerRequestFilter(preMatching = true)
    Response refuseUnusableTargets(HttpServerRequest request) {
        String target = request.uri();
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        if (path.indexOf(';') >= 0) {
            return problems.of(new UnusableRequestTarget("Matrix parameters (';' in the path) are not supported."));
        }
        if (target.indexOf('\0') >= 0 || target.contains("%00")) {
            return problems.of(new UnusableRequestTarget("The path or query contains a NUL character (%00)."));
        }
        return null;
    }
}
