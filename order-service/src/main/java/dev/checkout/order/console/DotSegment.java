package dev.checkout.order.console;

import dev.checkout.problem.ProblemException;

/** A consumer or message id of "." or "..": relayed, it would name another path of the service than the SRE meant. */
final class DotSegment extends ProblemException {

    DotSegment(String segment) {
        super(400, "invalid_path_segment", "Invalid path segment",
                "'" + segment + "' names no consumer or message: the console relays no dot segments.");
    }
}
