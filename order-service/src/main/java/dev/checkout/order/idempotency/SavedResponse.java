package dev.checkout.order.idempotency;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A response as text, so that a replay answers exactly what the first request got. */
public record SavedResponse(int status, String contentType, String location, String body) {

    static SavedResponse of(Response response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        return new SavedResponse(response.getStatus(), response.getMediaType().toString(),
                location == null ? null : location.toString(), (String) response.getEntity());
    }

    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).type(contentType).entity(body);
        if (location != null) {
            response.header(HttpHeaders.LOCATION, location);
        }
        return response.build();
    }
}
