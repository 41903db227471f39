package dev.checkout.messaging.dlq;

import dev.checkout.messaging.consumer.Consumers;
import dev.checkout.messaging.topology.Topology;
import dev.checkout.problem.InvalidRequest;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The operators' view of this service's parking lots: what is parked, grouped by cause; one message in full;
 * replay to the consumer's own queue; discard with an audit record. Role {@code sre} (from the service's identity
 * provider); every call is logged with the operator's name.
 */
@Path("/admin/dlq")
@RolesAllowed("sre")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dead-letter admin", description = "Parked messages: inspect, replay, discard (role sre)")
public class DeadLetterResource {

    private static final Logger LOG = Logger.getLogger(DeadLetterResource.class);
    private static final int IDS_PER_GROUP = 20;

    private static final int AUDIT_ENTRIES = 100;

    private final DeadLetterQueue queue;
    private final DeadLetterAudit audit;
    private final Consumers consumers;
    private final SecurityIdentity identity;

    DeadLetterResource(DeadLetterQueue queue, DeadLetterAudit audit, Consumers consumers, SecurityIdentity identity) {
        this.queue = queue;
        this.audit = audit;
        this.consumers = consumers;
        this.identity = identity;
    }

    /**
     * A consumer's parking lot and how much is parked there, with how many messages wait in its own queue and whether
     * it runs or is paused behind an unavailable downstream.
     */
    public record ConsumerParkingLot(String consumer, String queue, long parked, long waiting, String state) {
    }

    public record Groups(String consumer, long parked, int listed, List<FailureGroup> groups) {
    }

    @GET
    @Operation(operationId = "listParkingLots", summary = "This service's consumers: how many messages each has parked and has waiting, and whether it runs or is paused")
    public Uni<List<ConsumerParkingLot>> parkingLots() {
        log("list parking lots", null);
        return Multi.createFrom().iterable(consumers.names())
                .onItem().transformToUniAndConcatenate(c -> queue.depth(c)
                        .chain(depth -> queue.waiting(c).map(waiting -> new ConsumerParkingLot(c,
                                Topology.deadLetterQueue(c), depth, waiting, consumers.isPaused(c) ? "PAUSED" : "RUNNING"))))
                .collect().asList();
    }

    @GET
    @Path("/{consumer}/groups")
    @Operation(operationId = "listParkedGroups", summary = "Parked messages grouped by cause, with counts and the oldest and newest failure")
    public Uni<Groups> groups(@PathParam("consumer") String consumer) {
        log("list groups", known(consumer));
        return queue.depth(consumer).chain(depth -> queue.list(consumer)
                .map(messages -> new Groups(consumer, depth, messages.size(), group(messages))));
    }

    @GET
    @Path("/{consumer}/messages")
    @Operation(operationId = "listParkedMessages", summary = "Parked messages (without bodies), optionally of one group")
    public Uni<List<ParkedMessage>> messages(@PathParam("consumer") String consumer, @QueryParam("group") String group) {
        log("list messages" + (group == null ? "" : " of group " + group), known(consumer));
        return queue.list(consumer).map(messages -> messages.stream()
                .filter(m -> group == null || group.equals(m.group()))
                .map(ParkedMessage::summary)
                .toList());
    }

    @GET
    @Path("/{consumer}/messages/{messageId}")
    @Operation(operationId = "getParkedMessage", summary = "One parked message in full: body, original properties, diagnostic headers, x-death")
    public Uni<ParkedMessage> message(@PathParam("consumer") String consumer,
                                      @PathParam("messageId") String messageId) {
        log("show message " + messageId, known(consumer));
        return queue.list(consumer).map(messages -> messages.stream()
                .filter(m -> messageId.equals(m.messageId()))
                .findFirst()
                .orElseThrow(() -> new ParkedMessageNotFound(consumer, messageId)));
    }

    @POST
    @Path("/{consumer}/replay")
    @Operation(operationId = "replayParked", summary = "Replay one message, a group, or everything to the consumer's own queue")
    public Uni<Map<String, Integer>> replay(@PathParam("consumer") String consumer, DeadLetterRequests.Replay request) {
        var selector = valid(Objects.requireNonNullElse(request, new DeadLetterRequests.Replay(null, null, null))::selector);
        log("replay " + request, known(consumer));
        return queue.replay(consumer, selector, actor()).map(count -> Map.of("replayed", count));
    }

    @POST
    @Path("/{consumer}/discard")
    @Operation(operationId = "discardParked", summary = "Discard one message or a group, keeping an audit record with the reason")
    public Uni<Map<String, Integer>> discard(@PathParam("consumer") String consumer, DeadLetterRequests.Discard request) {
        DeadLetterRequests.Discard discard = Objects.requireNonNullElse(request, new DeadLetterRequests.Discard(null, null, null));
        var selector = valid(discard::selector);
        if (discard.reason() == null || discard.reason().isBlank()) {
            throw InvalidRequest.of("reason", "a discard needs a reason");
        }
        log("discard " + request, known(consumer));
        return queue.discard(consumer, selector, actor(), discard.reason()).map(count -> Map.of("discarded", count));
    }

    @GET
    @Path("/{consumer}/audit")
    @Operation(operationId = "listDeadLetterAudit", summary = "The audit log: who replayed or discarded which message, when and why; newest first")
    public Uni<List<DeadLetterAudit.Entry>> audit(@PathParam("consumer") String consumer) {
        log("read the audit log", known(consumer));
        return audit.latest(consumer, AUDIT_ENTRIES);
    }

    private String known(String consumer) {
        if (!consumers.names().contains(consumer)) {
            throw new ParkingLotNotFound(consumer);
        }
        return consumer;
    }

    /** Runs a request's own validation, turning its complaint into a 400. */
    private static <T> T valid(Supplier<T> validated) {
        try {
            return validated.get();
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.of("selector", e.getMessage());
        }
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private void log(String action, String consumer) {
        LOG.infof("DLQ admin: %s%s by %s", action, consumer == null ? "" : " (consumer " + consumer + ")", actor());
    }

    static List<FailureGroup> group(List<ParkedMessage> messages) {
        return messages.stream()
                .collect(Collectors.groupingBy(ParkedMessage::group, LinkedHashMap::new, Collectors.toList()))
                .entrySet().stream()
                .map(e -> {
                    List<ParkedMessage> members = e.getValue();
                    ParkedMessage first = members.get(0);
                    FailureCause cause = FailureCause.of(first.exceptionType(), first.exceptionMessage());
                    var times = members.stream().map(ParkedMessage::failedAt).filter(Objects::nonNull).sorted().toList();
                    return new FailureGroup(e.getKey(), cause.exceptionType(), cause.message(), first.reason(),
                            members.size(), times.isEmpty() ? null : times.get(0),
                            times.isEmpty() ? null : times.get(times.size() - 1),
                            members.stream().map(ParkedMessage::messageId).limit(IDS_PER_GROUP).toList());
                })
                .sorted(Comparator.comparingInt(FailureGroup::count).reversed())
                .toList();
    }
}
