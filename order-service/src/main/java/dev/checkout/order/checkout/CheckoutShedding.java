package dev.checkout.order.checkout;

import dev.checkout.problem.ProblemResponses;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a checkout while the in-flight limit is reached before its body is read, parsed and validated: under a
 * flood most requests are refused, and refusing must cost next to nothing so that the admitted checkouts, the
 * health checks and everything else keep the CPU. {@link InFlightCheckouts} still decides for the ones let through.
 */
class CheckoutShedding {

    private final InFlightCheckouts inFlight;
    private final ProblemResponses problems;

    CheckoutShedding(InFlightCheckouts inFlight, ProblemResponses problems) {
        this.inFlight = inFlight;
        this.problems = problems;
    }

    /** The refusal, or null to let the request through. */
    @ServerRequestFilter(preMatching = true)
    Response refuseWhenFull(ContainerRequestContext request) {
        if (inFlight.full() && HttpMethod.POST.equals(request.getMethod())
                && "/orders".equals(request.getUriInfo().getPath())) {
            return problems.of(inFlight.refusal());
        }
        return null;
    }
}
