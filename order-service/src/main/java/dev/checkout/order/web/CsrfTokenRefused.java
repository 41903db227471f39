package dev.checkout.order.web;

import dev.checkout.problem.ProblemException;

/** A change sent with the session cookie but without its session's anti-CSRF token: maybe from another site. */
final class CsrfTokenRefused extends ProblemException {

    CsrfTokenRefused() {
        super(403, "csrf_token_invalid", "CSRF token missing or invalid", "A change made while signed in must carry"
                + " the page's token in the " + SessionCsrfTokens.HEADER + " header; reload the page and try again.");
    }
}
