package dev.checkout.order.payment;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The payment provider over HTTP; its base URL is {@code quarkus.rest-client.payment-provider.url}. */
@RegisterRestClient(configKey = "payment-provider")
@RegisterProvider(ProviderCredentials.class)
@Path("/v1/charges")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface PaymentProviderClient {

    @POST
    Uni<ProviderApi.Charge> charge(@HeaderParam("Idempotency-Key") String idempotencyKey,
                                   ProviderApi.ChargeRequest request);

    @GET
    Uni<ProviderApi.ChargeList> find(@QueryParam("idempotencyKey") String idempotencyKey);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        if (response.getStatus() == 402) {
            JsonObject problem = new JsonObject(response.readEntity(String.class));
            return new ChargeDeclined(problem.getString("declineCode", ProviderApi.CARD_DECLINED));
        }
        return ProviderError.of(response.getStatus());
    }
}
