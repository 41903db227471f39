package dev.checkout.email.delivery;

import dev.checkout.problem.InvalidRequest;
import dev.checkout.problem.Problem;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.UUID;

/** Support's view of an order's confirmation email. */
@Path("/emails")
@RolesAllowed("support")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Email deliveries", description = "What happened to an order's confirmation email")
public class EmailDeliveryResource {

    private final EmailDeliveries deliveries;

    EmailDeliveryResource(EmailDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @WithSession
    @Operation(operationId = "getEmailDelivery", summary = "The delivery record of an order's confirmation email")
    @APIResponse(responseCode = "200", description = "Sent, or given up on with the reason",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmailDeliveryView.class)))
    @APIResponse(responseCode = "400", description = "orderId missing or not a UUID (code validation_failed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Nothing recorded for this order yet (code email_delivery_not_found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<EmailDeliveryView> byOrder(
            @Parameter(description = "The order's id", required = true, example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
            @RestQuery String orderId) {
        UUID id = orderId(orderId);
        return deliveries.findById(id)
                .onItem().ifNull().failWith(() -> new EmailDeliveryNotFound(id))
                .map(EmailDeliveryView::of);
    }

    private static UUID orderId(String value) {
        return OrderIds.parse(value).orElseThrow(() -> value == null || value.isBlank()
                ? InvalidRequest.of("orderId", "is required")
                : InvalidRequest.of("orderId", "must be a UUID such as 7c9e6679-7425-40de-944b-e07fc1f90ae7"));
    }
}
