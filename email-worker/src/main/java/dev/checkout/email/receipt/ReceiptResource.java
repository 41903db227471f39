package dev.checkout.email.receipt;

import dev.checkout.email.delivery.OrderIds;
import dev.checkout.problem.InvalidRequest;
import dev.checkout.problem.Problem;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.util.UUID;

/**
 * The stored receipts, for order-service alone: it decides who may see an order and fetches the receipt here with
 * its own service identity (role {@code receipt-reader}). Shoppers and support never call this directly.
 */
@Path("/receipts")
@RolesAllowed(ReceiptResource.ROLE)
@Tag(name = "Receipts", description = "Stored PDF receipts, for order-service's service identity")
public class ReceiptResource {

    static final String ROLE = "receipt-reader";
    static final String PDF = "application/pdf";

    private final Receipts receipts;

    ReceiptResource(Receipts receipts) {
        this.receipts = receipts;
    }

    @GET
    @Path("/{orderId}")
    @Produces(PDF)
    @WithSession
    @Operation(operationId = "getReceipt", summary = "An order's PDF receipt, exactly as attached to its confirmation email")
    @APIResponse(responseCode = "200", description = "The receipt",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "orderId not a UUID (code validation_failed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No receipt stored for the order yet (code receipt_not_found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<byte[]> byOrder(
            @Parameter(description = "The order's id", example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
            @RestPath String orderId) {
        UUID id = OrderIds.parse(orderId).orElseThrow(() -> InvalidRequest.of("orderId",
                "must be a UUID such as 7c9e6679-7425-40de-944b-e07fc1f90ae7"));
        return receipts.findById(id)
                .onItem().ifNull().failWith(() -> new ReceiptNotFound(id))
                .map(Receipt::pdf);
    }
}
