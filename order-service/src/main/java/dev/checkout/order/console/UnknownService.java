package dev.checkout.order.console;

import dev.checkout.problem.ProblemException;

/** The console was asked about a service it is not configured to reach. */
final class UnknownService extends ProblemException {

    UnknownService(String service) {
        super(404, "unknown_service", "Unknown service",
                "The dead-letter console knows no service named " + service + ".");
    }
}
