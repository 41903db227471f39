package dev.checkout.messaging.dlq;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** RFC 9457 problem details for the admin API's own errors. */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    static Response response(Response.Status status, String code, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://checkout.dev/problems/" + code.replace('_', '-'));
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.getStatusCode());
        problem.put("detail", detail);
        problem.put("code", code);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }

    static WebApplicationException notFound(String code, String detail) {
        return new WebApplicationException(response(Response.Status.NOT_FOUND, code, detail));
    }

    static WebApplicationException badRequest(String detail) {
        return new WebApplicationException(response(Response.Status.BAD_REQUEST, "validation_failed", detail));
    }

    /** Runs a request's own validation, turning its complaint into a 400. */
    static <T> T valid(Supplier<T> validated) {
        try {
            return validated.get();
        } catch (IllegalArgumentException e) {
            throw badRequest(e.getMessage());
        }
    }
}
