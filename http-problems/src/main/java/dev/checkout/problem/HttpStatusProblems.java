package dev.checkout.problem;

import java.util.Map;

/** The problem documents for answers that are only a status: what the HTTP layer or JAX-RS refuses on its own. */
final class HttpStatusProblems {

    private HttpStatusProblems() {
    }

    static Problem of(int status) {
        return switch (status) {
            case 400 -> new Problem(400, "bad_request", "Bad request", "The request cannot be read.", Map.of());
            case 401 -> new Problem(401, "unauthenticated", "Unauthenticated",
                    "Send a valid bearer token from the identity provider.", Map.of());
            case 403 -> new Problem(403, "forbidden", "Forbidden", "Your roles do not allow this.", Map.of());
            case 404 -> new Problem(404, "not_found", "Not found", "No such resource.", Map.of());
            case 405 -> new Problem(405, "method_not_allowed", "Method not allowed",
                    "This resource does not support that method; the Allow header lists those it does.", Map.of());
            case 406 -> new Problem(406, "not_acceptable", "Not acceptable",
                    "This resource answers application/json only.", Map.of());
            case 413 -> new Problem(413, "payload_too_large", "Payload too large",
                    "The request body is too large.", Map.of());
            case 415 -> new Problem(415, "unsupported_media_type", "Unsupported media type",
                    "Send the request body as application/json.", Map.of());
            default -> new Problem(status, "http_" + status, "HTTP " + status, "The request cannot be processed.",
                    Map.of());
        };
    }

    static Problem internalError(String errorId) {
        return new Problem(500, "internal_error", "Internal error",
                "Something went wrong on our side; quote the error id when reporting it.", Map.of("errorId", errorId));
    }
}
