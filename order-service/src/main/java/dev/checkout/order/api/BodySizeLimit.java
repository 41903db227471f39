package dev.checkout.order.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * Refuses a body larger than {@code quarkus.http.limits.max-body-size} with a problem document. Quarkus refuses it
 * too, but with an empty 413; this runs just before that check so clients get the same error shape as anywhere.
 */
@ApplicationScoped
public class BodySizeLimit {

    // Quarkus' own size check is registered at order -2.
    private static final int BEFORE_QUARKUS_LIMIT = -3;

    private final long maxBytes;
    private final ProblemResponses responses;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                  ProblemResponses responses) {
        this.maxBytes = maxBodySize.asLongValue();
        this.responses = responses;
    }

    void register(@Observes Router router) {
        String tooLarge = (String) responses.of(new Problem(413, "payload_too_large", "Payload too large",
                "The request body is larger than " + maxBytes + " bytes.", Map.of("maxBytes", maxBytes))).getEntity();
        router.route().order(BEFORE_QUARKUS_LIMIT).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && declaredLength(length) > maxBytes) {
                context.response()
                        .setStatusCode(Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode())
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        // The unread body would otherwise be taken for the next request on this connection.
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(tooLarge);
            } else {
                context.next();
            }
        });
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
