package dev.checkout.order.console;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the dead-letter console's page reads and does, across every configured service: each service's parking lots,
 * a lot's failure groups and messages, one message in full, replay and discard, the audit log. Role {@code sre}; the
 * calls go on to the services' {@code /admin/dlq} with the SRE's own token, so the services check and audit them too.
 * Pages and their plumbing, not API: hidden from the OpenAPI document.
 */
@Path("/console/api/services")
@RolesAllowed(ConsolePages.SRE)
@Produces(MediaType.APPLICATION_JSON)
public class ConsoleApi {

    /** One service's parking lots, or why they could not be read. */
    public record ServiceParkingLots(String service, Object parkingLots, Object problem) {
    }

    private final DeadLetterApis apis;
    private final SecurityIdentity identity;

    ConsoleApi(DeadLetterApis apis, SecurityIdentity identity) {
        this.apis = apis;
        this.identity = identity;
    }

    @GET
    @Operation(hidden = true)
    public Uni<List<ServiceParkingLots>> parkingLots() {
        String token = token();
        // All at once, so one slow or unreachable service costs the page its timeout once, not once per service.
        List<Uni<ServiceParkingLots>> calls = apis.services().stream().map(service -> parkingLots(service, token))
                .toList();
        return calls.isEmpty() ? Uni.createFrom().item(List.of()) : Uni.join().all(calls).andFailFast();
    }

    private Uni<ServiceParkingLots> parkingLots(String service, String token) {
        return apis.call(service, HttpMethod.GET, List.of(), null, null, token)
                .map(answer -> answer.status() == 200
                        ? new ServiceParkingLots(service, Json.decodeValue(answer.body().getDelegate()), null)
                        : new ServiceParkingLots(service, null, problemOf(answer)))
                .onFailure(ServiceUnreachable.class).recoverWithItem(failure -> new ServiceParkingLots(
                        service, null, ((ServiceUnreachable) failure).toProblem()));
    }

    @GET
    @Path("/{service}/{consumer}/groups")
    @Operation(hidden = true)
    public Uni<Response> groups(@RestPath String service, @RestPath String consumer) {
        return relay(service, HttpMethod.GET, List.of(consumer, "groups"), null, null);
    }

    @GET
    @Path("/{service}/{consumer}/messages")
    @Operation(hidden = true)
    public Uni<Response> messages(@RestPath String service, @RestPath String consumer, @RestQuery String group) {
        return relay(service, HttpMethod.GET, List.of(consumer, "messages"),
                group == null ? null : "group=" + URLEncoder.encode(group, StandardCharsets.UTF_8), null);
    }

    @GET
    @Path("/{service}/{consumer}/messages/{messageId}")
    @Operation(hidden = true)
    public Uni<Response> message(@RestPath String service, @RestPath String consumer, @RestPath String messageId) {
        return relay(service, HttpMethod.GET, List.of(consumer, "messages", messageId), null, null);
    }

    @POST
    @Path("/{service}/{consumer}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Uni<Response> replay(@RestPath String service, @RestPath String consumer, String request) {
        return relay(service, HttpMethod.POST, List.of(consumer, "replay"), null, request);
    }

    @POST
    @Path("/{service}/{consumer}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Uni<Response> discard(@RestPath String service, @RestPath String consumer, String request) {
        return relay(service, HttpMethod.POST, List.of(consumer, "discard"), null, request);
    }

    @GET
    @Path("/{service}/{consumer}/audit")
    @Operation(hidden = true)
    public Uni<Response> audit(@RestPath String service, @RestPath String consumer) {
        return relay(service, HttpMethod.GET, List.of(consumer, "audit"), null, null);
    }

    private Uni<Response> relay(String service, HttpMethod method, List<String> path, String query, String body) {
        return apis.call(service, method, path, query, body, token())
                .map(answer -> Response.status(answer.status())
                        .type(answer.contentType() == null ? MediaType.APPLICATION_JSON : answer.contentType())
                        .entity(answer.body().getBytes())
                        .build());
    }

    private static Object problemOf(DeadLetterApis.Answer answer) {
        try {
            return Json.decodeValue(answer.body().getDelegate());
        } catch (RuntimeException notJson) {
            return "HTTP " + answer.status();
        }
    }

    private String token() {
        return identity.getCredential(AccessTokenCredential.class).getToken();
    }
}
