package dev.checkout.order.console;

import dev.checkout.problem.ProblemException;

/** A service's dead-letter API did not answer (down, or slower than the console waits). */
final class ServiceUnreachable extends ProblemException {

    ServiceUnreachable(String service, Throwable cause) {
        super(502, "service_unreachable", "Service unreachable",
                "The dead-letter API of " + service + " did not answer: " + cause.getMessage() + ".");
    }
}
