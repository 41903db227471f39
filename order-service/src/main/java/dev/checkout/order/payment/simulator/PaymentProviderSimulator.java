package dev.checkout.order.payment.simulator;

import dev.checkout.problem.MissingBody;
import dev.checkout.problem.Problem;
import dev.checkout.problem.ProblemResponses;
import dev.checkout.order.payment.ProviderApi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A payment provider served by order-service itself for local runs, demos and tests, speaking the same HTTP API as
 * the real one. Charges are idempotent by {@code Idempotency-Key}; latency and an error rate can be dialled in.
 */
@Path("/v1/charges")
@Simulated
// A stand-in for the provider, which this service calls without a user's token.
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payment provider simulator", description = "The embedded payment provider; off (404) in prod. Tokens: "
        + "tok_visa (US card), tok_visa_<country> such as tok_visa_de, "
        + "tok_visa_<country>_<last four> such as tok_visa_de_1234, tok_chargeDeclined, tok_insufficientFunds, "
        + "tok_expiredCard; any other token is declined as invalid_token.")
public class PaymentProviderSimulator {

    private final ChargeLedger ledger = new ChargeLedger();
    private final SimulatorConfig config;
    private final ProblemResponses problems;

    PaymentProviderSimulator(SimulatorConfig config, ProblemResponses problems) {
        this.config = config;
        this.problems = problems;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCharge", summary = "Create a charge", description = "Once per Idempotency-Key: a request with a key seen "
            + "before is answered as the first one was, with the header Idempotent-Replayed: true.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ProviderApi.ChargeRequest.class),
            examples = @ExampleObject(name = "charge", value = SimulatorExamples.CHARGE_REQUEST)))
    @APIResponse(responseCode = "201", description = "The card was charged.", content = @Content(
            schema = @Schema(implementation = ProviderApi.Charge.class),
            examples = @ExampleObject(name = "succeeded", value = SimulatorExamples.CHARGE)))
    @APIResponse(responseCode = "400", description = "Invalid charge request.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "validation_failed", value = SimulatorExamples.INVALID_CHARGE)))
    @APIResponse(responseCode = "402", description = "The card was declined.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "card_declined", value = SimulatorExamples.CARD_DECLINED)))
    @APIResponse(responseCode = "404", description = "The simulator is off.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "not_found", value = SimulatorExamples.OFF)))
    @APIResponse(responseCode = "422", description = "The key was used for another charge.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "idempotency_key_reused", value = SimulatorExamples.KEY_REUSED)))
    @APIResponse(responseCode = "503", description = "Failing on purpose (payment.simulator.error-rate).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "service_unavailable", value = SimulatorExamples.OUTAGE)))
    public Uni<Response> charge(
            @RestHeader("Idempotency-Key") @Size(max = 255)
            @Parameter(in = ParameterIn.HEADER, description = "The checkout sends the order id.") String idempotencyKey,
            @Valid ProviderApi.ChargeRequest request) {
        if (request == null) {
            throw new MissingBody();
        }
        if (ThreadLocalRandom.current().nextDouble() < config.errorRate()) {
            return slowly(problems.of(new SimulatedOutage()));
        }
        ChargeLedger.Recorded recorded = ledger.charge(idempotencyKey, request);
        Response answer = recorded.charge().succeeded()
                ? Response.status(Response.Status.CREATED).entity(recorded.charge()).build()
                : problems.of(new CardDeclined(recorded.charge()));
        return slowly(recorded.replayed()
                ? Response.fromResponse(answer).header("Idempotent-Replayed", "true").build() : answer);
    }

    @GET
    @Operation(operationId = "findCharges", summary = "Find the charge made with an idempotency key",
            description = "How a client settles a charge whose answer it never got.")
    @APIResponse(responseCode = "200", description = "The charge, or none.", content = @Content(
            schema = @Schema(implementation = ProviderApi.ChargeList.class),
            examples = {@ExampleObject(name = "found", value = SimulatorExamples.FOUND),
                    @ExampleObject(name = "none", value = SimulatorExamples.NONE)}))
    @APIResponse(responseCode = "400", description = "No idempotency key given.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "validation_failed", value = SimulatorExamples.KEY_MISSING)))
    @APIResponse(responseCode = "404", description = "The simulator is off.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "not_found", value = SimulatorExamples.OFF)))
    public Uni<ProviderApi.ChargeList> find(@RestQuery @NotBlank @Size(max = 255) String idempotencyKey) {
        return slowly(new ProviderApi.ChargeList(ledger.find(idempotencyKey).stream().toList()));
    }

    private <T> Uni<T> slowly(T answer) {
        Uni<T> now = Uni.createFrom().item(answer);
        return config.latency().isZero() ? now : now.onItem().delayIt().by(config.latency());
    }
}
