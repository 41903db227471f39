package dev.checkout.order.status;

import dev.checkout.order.orders.OrderAccess;
import dev.checkout.order.orders.Orders;
import dev.checkout.order.orders.PresentedStatusToken;
import dev.checkout.problem.Problem;
import dev.checkout.problem.ProblemExamples;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
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

@Path("/orders/{id}")
@Tag(name = "Order status", description = "What became of an order after checkout: its timeline, and its changes as "
        + "they happen.")
// Guests too: OrderAccess decides who may read which order (a customer their own, a guest with its status token).
@PermitAll
public class OrderStatusResource {

    static final String LAST_EVENT_ID = "Last-Event-ID";

    private final Orders orders;
    private final OrderAccess access;
    private final TimelineEntries entries;
    private final ChangeNotifications notifications;
    private final FollowUpCatalog catalog;

    OrderStatusResource(Orders orders, OrderAccess access, TimelineEntries entries, ChangeNotifications notifications,
                        FollowUpCatalog catalog) {
        this.orders = orders;
        this.catalog = catalog;
        this.access = access;
        this.entries = entries;
        this.notifications = notifications;
    }

    @GET
    @Path("/timeline")
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    @Operation(operationId = "getOrderTimeline", summary = "An order's timeline", description = """
            Every event in the order's life, in the order it was recorded, with times: received, confirmed (or \
            declined, cancelled), each worker's outcome, hold and release, and each webhook delivery or give-up. \
            An outcome that arrives late and is older than what is recorded changes nothing and is not listed.""")
    @APIResponse(responseCode = "200", description = "The timeline.", content = @Content(
            schema = @Schema(implementation = Timeline.class),
            examples = @ExampleObject(name = "held and released", value = StatusExamples.TIMELINE)))
    @APIResponse(responseCode = "401", description = "No bearer token and no status token.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unauthenticated", value = ProblemExamples.UNAUTHENTICATED)))
    @APIResponse(responseCode = "403", description = "The token's user is not a customer.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "forbidden", value = ProblemExamples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = """
            No order has this id that the caller may read: another customer's, or a guest's without its status \
            token.""", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "order_not_found", value = StatusExamples.ORDER_NOT_FOUND)))
    public Uni<Timeline> timeline(@RestPath String id, @BeanParam PresentedStatusToken statusToken) {
        return access.readable(id, statusToken.value()).chain(order -> entries.of(order.id())
                .map(found -> new Timeline(order.id(), order.status(),
                        found.stream().map(TimelineEntry::toChange).toList())));
    }

    @GET
    @Path("/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @KnownOrder
    @Operation(operationId = "streamOrderEvents", summary = "Stream an order's changes", description = """
            Server-Sent Events: every timeline entry (except webhook deliveries) as an event named after its type, \
            with the entry's seq as the event id and the entry as JSON data; first what happened so far, then each \
            change as it is recorded. When the order is settled (every follow-up DONE or FAILED and no fraud review \
            pending, or the order declined or cancelled) an event named "end" follows and the stream closes. \
            Reconnecting with Last-Event-ID resumes after that event, without gaps.""")
    @APIResponse(responseCode = "200", description = "The stream.", content = @Content(
            mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "resumed after event 2", value = StatusExamples.EVENTS)))
    @APIResponse(responseCode = "400", description = "Last-Event-ID is not an event id.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "invalid_last_event_id", value = StatusExamples.INVALID_LAST_EVENT_ID)))
    @APIResponse(responseCode = "401", description = "No bearer token and no status token.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unauthenticated", value = ProblemExamples.UNAUTHENTICATED)))
    @APIResponse(responseCode = "403", description = "The token's user is not a customer.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "forbidden", value = ProblemExamples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = """
            No order has this id that the caller may read: another customer's, or a guest's without its status \
            token.""", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "order_not_found", value = StatusExamples.ORDER_NOT_FOUND)))
    public Multi<OutboundSseEvent> events(
            @RestPath String id,
            // Read by KnownOrderFilter before the stream begins; named here for the OpenAPI document.
            @BeanParam PresentedStatusToken statusToken,
            @RestHeader(LAST_EVENT_ID) @Parameter(name = LAST_EVENT_ID, in = ParameterIn.HEADER,
                    description = "The id of the last event received; the stream resumes after it.")
            String lastEventId,
            @Context Sse sse) {
        return OrderChangeStream.open(UUID.fromString(id), catalog.names(), lastSeen(lastEventId), orders, entries,
                notifications, sse);
    }

    /** The seq of the last event the client has seen; 0 when it has seen none. */
    private static int lastSeen(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return 0;
        }
        String seq = lastEventId.trim();
        if (!seq.matches("\\d{1,9}")) {
            throw new InvalidLastEventId(lastEventId);
        }
        return Integer.parseInt(seq);
    }
}
