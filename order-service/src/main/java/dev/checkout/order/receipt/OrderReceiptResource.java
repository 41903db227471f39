package dev.checkout.order.receipt;

import dev.checkout.order.orders.OrderAccess;
import dev.checkout.problem.Problem;
import dev.checkout.problem.ProblemExamples;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import java.util.UUID;

/**
 * An order's PDF receipt. This service decides who may see it (as for the order itself, and support); the
 * email-worker, which rendered it for the confirmation email, keeps it and hands it over to this service alone.
 */
@Path("/orders/{id}/receipt")
@Tag(name = "Order status")
// Guests too: OrderAccess decides who may read which order's receipt.
@PermitAll
public class OrderReceiptResource {

    static final String PDF = "application/pdf";

    private final OrderAccess access;
    private final EmailWorkerReceipts receipts;
    private final ReceiptsConfig config;

    OrderReceiptResource(OrderAccess access, EmailWorkerReceipts receipts, ReceiptsConfig config) {
        this.access = access;
        this.receipts = receipts;
        this.config = config;
    }

    @GET
    @Produces(PDF)
    @Operation(operationId = "getOrderReceipt", summary = "An order's PDF receipt", description = """
            The receipt attached to the order's confirmation email, byte for byte: shop, order id, date, lines, \
            total, the card's last four digits and the shipping address. For the order's customer, a guest with its \
            status token, and support. It exists once the email follow-up is DONE; the order then links to it.""")
    @APIResponse(responseCode = "200", description = "The receipt.", content = @Content(mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "receipt", value = ReceiptExamples.PDF)))
    @APIResponse(responseCode = "401", description = "No bearer token and no status token.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unauthenticated", value = ProblemExamples.UNAUTHENTICATED)))
    @APIResponse(responseCode = "403", description = "The token's user is neither a customer nor support.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forbidden", value = ProblemExamples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = """
            No order has this id that the caller may read (code order_not_found), or it has no receipt yet (code \
            receipt_not_found).""", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "order_not_found", value = ReceiptExamples.ORDER_NOT_FOUND),
                    @ExampleObject(name = "receipt_not_found", value = ReceiptExamples.RECEIPT_NOT_FOUND)}))
    @APIResponse(responseCode = "503", description = """
            The email-worker, which keeps the receipts, cannot be reached (code receipt_unavailable); Retry-After \
            says when to try again.""", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "receipt_unavailable", value = ReceiptExamples.RECEIPT_UNAVAILABLE)))
    public Uni<Response> receipt(@RestPath String id, @RestHeader(OrderAccess.STATUS_TOKEN) @Parameter(
            name = OrderAccess.STATUS_TOKEN, in = ParameterIn.HEADER,
            description = "A guest's order: the token its checkout answered.") String statusToken) {
        // The session ends before the email-worker is called: no database connection waits on another service.
        return Panache.withSession(() -> access.receiptReadable(id, statusToken))
                .chain(order -> fetch(order.id()))
                .map(pdf -> Response.ok(pdf, PDF).header("Content-Disposition", "inline; filename=\"receipt-" + id
                        + ".pdf\"").build());
    }

    private Uni<byte[]> fetch(UUID orderId) {
        return receipts.fetch(orderId).onFailure().transform(failure -> failure instanceof NoReceiptStored
                ? new ReceiptNotFound(orderId) : new ReceiptUnavailable(config.retryAfter()));
    }
}
