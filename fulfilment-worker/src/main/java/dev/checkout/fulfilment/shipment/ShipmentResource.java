package dev.checkout.fulfilment.shipment;

import dev.checkout.problem.Problem;
import dev.checkout.fulfilment.api.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.UUID;

/**
 * The shipments, for support (every one) and for a signed-in customer (those of their own orders only: another
 * customer's shipment is not found, as if it did not exist).
 */
@Path("/shipments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Shipments", description = "What the warehouse was asked to ship, per order.")
@RolesAllowed({Roles.SUPPORT, Roles.CUSTOMER})
public class ShipmentResource {

    private static final String UUID_PATTERN =
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final Shipments shipments;
    private final SecurityIdentity caller;

    ShipmentResource(Shipments shipments, SecurityIdentity caller) {
        this.shipments = shipments;
        this.caller = caller;
    }

    @GET
    @WithSession
    @Operation(operationId = "listShipments", summary = "An order's shipment", description = "A list of at most one: the order's shipment, once "
            + "the worker has heard of the order.")
    @APIResponse(responseCode = "200", description = "The order's shipment, or none.", content = @Content(
            schema = @Schema(implementation = ShipmentView.class, type = SchemaType.ARRAY), examples = @ExampleObject(name = "held", value = ShipmentExamples.HELD)))
    @APIResponse(responseCode = "400", description = "orderId is missing or not a UUID.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "validation_failed", value = ShipmentExamples.INVALID_ORDER_ID)))
    public Uni<List<ShipmentView>> list(
            @RestQuery @NotNull @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String orderId) {
        return shipments.ofOrder(UUID.fromString(orderId))
                .map(found -> found.stream().filter(this::visible).map(ShipmentView::of).toList());
    }

    @GET
    @Path("/{id}")
    @WithSession
    @Operation(operationId = "getShipment", summary = "One shipment")
    @APIResponse(responseCode = "200", description = "The shipment.", content = @Content(
            schema = @Schema(implementation = ShipmentView.class),
            examples = @ExampleObject(name = "requested", value = ShipmentExamples.REQUESTED)))
    @APIResponse(responseCode = "404", description = "No such shipment that the caller may see.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "shipment_not_found", value = ShipmentExamples.NOT_FOUND)))
    public Uni<ShipmentView> get(@RestPath @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String id) {
        return shipments.findById(UUID.fromString(id))
                .map(found -> {
                    if (found == null || !visible(found)) {
                        throw new ShipmentNotFound(id);
                    }
                    return ShipmentView.of(found);
                });
    }

    /** Support sees every shipment; a customer those of the orders they placed signed in. */
    private boolean visible(Shipment shipment) {
        if (caller.hasRole(Roles.SUPPORT)) {
            return true;
        }
        return caller.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                && token.getSubject().equals(shipment.customerId());
    }
}
