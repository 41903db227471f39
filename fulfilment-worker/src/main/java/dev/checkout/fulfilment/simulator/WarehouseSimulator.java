package dev.checkout.fulfilment.simulator;

import dev.checkout.problem.Problem;
import dev.checkout.fulfilment.warehouse.WarehouseApi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.Map;

/**
 * A warehouse served by the worker itself for local runs, demos and tests, speaking the warehouse's API. Shipments
 * are idempotent by {@code Idempotency-Key}; the shipping address's postal code makes it slow, flaky or refusing
 * ({@link TestAddress}); every request is counted per key, so tests can see how often the warehouse was asked.
 */
@Path("/warehouse/v1/shipments")
@Simulated
// A stand-in for the warehouse, which this service calls without a user's token.
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Warehouse simulator", description = "The embedded warehouse; off (404) in prod. Postal codes: 00408 "
        + "answers slowly, 00503 fails twice per key before accepting, 00422 refuses the address; any other is "
        + "accepted.")
public class WarehouseSimulator {

    private final ShipmentLedger ledger = new ShipmentLedger();
    private final SimulatorConfig config;

    WarehouseSimulator(SimulatorConfig config) {
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestShipment", summary = "Request a shipment", description = "Once per Idempotency-Key: a request with a key seen "
            + "before is answered 200 with the first one's reference, and ships nothing more.")
    public Uni<Response> request(@RestHeader("Idempotency-Key") String key, WarehouseApi.ShipmentRequest request) {
        if (key == null || key.isBlank() || request == null || request.address() == null) {
            return Uni.createFrom().item(problem(400, "invalid_request",
                    "Send an Idempotency-Key header and a shipment with an address."));
        }
        int attempt = ledger.count(key);
        TestAddress address = TestAddress.of(request.address().postalCode());
        Uni<Response> answer = Uni.createFrom().item(() -> answer(key, request, address, attempt));
        return address == TestAddress.SLOW ? answer.onItem().delayIt().by(config.slowLatency()) : answer;
    }

    private Response answer(String key, WarehouseApi.ShipmentRequest request, TestAddress address, int attempt) {
        if (address == TestAddress.REFUSED) {
            return problem(422, WarehouseApi.ADDRESS_REFUSED, "The warehouse does not deliver to postal code "
                    + request.address().postalCode() + ".");
        }
        if (address == TestAddress.FLAKY && attempt <= config.transientFailures()) {
            return problem(503, "warehouse_unavailable", "Try again (attempt " + attempt + ").");
        }
        ShipmentLedger.Accepted accepted = ledger.accept(key);
        return Response.status(accepted.created() ? 201 : 200)
                .header("Idempotent-Replayed", !accepted.created())
                .entity(new WarehouseApi.ShipmentAccepted(accepted.reference(), request.orderId()))
                .build();
    }

    @GET
    @Path("/requests")
    @Operation(operationId = "countShipmentRequests", summary = "How often a key was asked for", description = "Requests received and shipments created "
            + "(0 or 1) for one Idempotency-Key: what the tests count exactly-once by.")
    public ShipmentLedger.Tally requests(@RestQuery String idempotencyKey) {
        return ledger.tally(idempotencyKey == null ? "" : idempotencyKey);
    }

    private static Response problem(int status, String code, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(status, code, code.replace('_', ' '), detail, Map.of())).build();
    }
}
