package dev.checkout.order.receipt;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * The email-worker's stored receipts ({@code GET /receipts/{orderId}}), called as order-service itself: the filter
 * adds a client-credentials token of the realm client {@code order-service}, whose service account holds the role
 * {@code receipt-reader}. Base URL: {@code quarkus.rest-client.email-worker.url}.
 */
@RegisterRestClient(configKey = "email-worker")
@OidcClientFilter
@Path("/receipts")
public interface EmailWorkerReceiptsClient {

    @GET
    @Path("/{orderId}")
    @Produces("application/pdf")
    Uni<byte[]> receipt(@PathParam("orderId") UUID orderId);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return response.getStatus() == 404 ? new NoReceiptStored() : new EmailWorkerError(response.getStatus());
    }
}
