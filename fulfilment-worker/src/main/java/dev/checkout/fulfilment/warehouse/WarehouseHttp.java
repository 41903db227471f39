package dev.checkout.fulfilment.warehouse;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The warehouse over HTTP; its base URL is {@code quarkus.rest-client.warehouse.url}. */
@RegisterRestClient(configKey = "warehouse")
@Path("/warehouse/v1/shipments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface WarehouseHttp {

    @POST
    Uni<WarehouseApi.ShipmentAccepted> request(@HeaderParam("Idempotency-Key") String idempotencyKey,
                                               WarehouseApi.ShipmentRequest request);

    /** A 4xx is the warehouse refusing this shipment for good; anything else may pass on a later attempt. */
    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        int status = response.getStatus();
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            String body = response.readEntity(String.class);
            JsonObject problem;
            try {
                problem = new JsonObject(body);
            } catch (DecodeException notJson) {
                problem = new JsonObject();
            }
            return new WarehouseRefusal(problem.getString("code", "refused"),
                    "the warehouse answered " + status + ": " + problem.getString("detail", body));
        }
        return new WarehouseUnavailable("the warehouse answered " + status);
    }
}
