package dev.checkout.order.checkout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.checkout.order.idempotency.IdempotencyKey;
import dev.checkout.order.idempotency.IdempotentRequests;
import dev.checkout.order.idempotency.RequestFingerprint;
import dev.checkout.order.idempotency.SavedResponse;
import dev.checkout.order.orders.Order;
import dev.checkout.order.orders.OrderAccess;
import dev.checkout.order.orders.Orders;
import dev.checkout.order.orders.PresentedStatusToken;
import dev.checkout.order.orders.Shoppers;
import dev.checkout.order.status.CallbackUrls;
import dev.checkout.order.status.FollowUps;
import dev.checkout.order.status.OrderChange;
import dev.checkout.order.status.StatusExamples;
import dev.checkout.problem.MissingBody;
import dev.checkout.problem.PageRequest;
import dev.checkout.problem.Problem;
import dev.checkout.problem.ProblemExamples;
import dev.checkout.problem.ProblemException;
import dev.checkout.problem.ProblemResponses;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.callbacks.Callback;
import org.eclipse.microprofile.openapi.annotations.callbacks.CallbackOperation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders", description = "Placing orders (the synchronous checkout) and reading them back.")
public class OrderResource {

    private final Checkout checkout;
    private final InFlightCheckouts inFlight;
    private final BacklogLimit backlog;
    private final IdempotentRequests idempotentRequests;
    private final Orders orders;
    private final FollowUps followUps;
    private final CallbackUrls callbackUrls;
    private final Shoppers shoppers;
    private final OrderAccess access;
    private final ProblemResponses problems;
    private final ObjectMapper json;

    OrderResource(Checkout checkout, InFlightCheckouts inFlight, BacklogLimit backlog,
                  IdempotentRequests idempotentRequests,
                  Orders orders, FollowUps followUps, CallbackUrls callbackUrls, Shoppers shoppers,
                  OrderAccess access, ProblemResponses problems, ObjectMapper json) {
        this.checkout = checkout;
        this.inFlight = inFlight;
        this.backlog = backlog;
        this.idempotentRequests = idempotentRequests;
        this.orders = orders;
        this.followUps = followUps;
        this.callbackUrls = callbackUrls;
        this.shoppers = shoppers;
        this.access = access;
        this.problems = problems;
        this.json = json;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "placeOrder", summary = "Place an order", description = """
            Validates the cart, reserves its stock, charges the card and confirms the order; names, prices and the \
            total come from the catalog. With an Idempotency-Key, repeating the request (same key, same body) \
            replays the first final answer (201, 402, 409 out_of_stock) without touching stock or the payment \
            provider, and completes an order whose payment outcome was unknown. Keys are kept for 24 hours. \
            With a callbackUrl, every change of the order is POSTed there (see the orderChanged callback). \
            With a bearer token the order is the signed-in customer's (role customer; their id is the token's \
            subject, not customer.id); without one it is a guest's, and the answer's Order-Status-Token header \
            carries the token that alone reads it (GET /orders/{id}, its timeline and events); so does a guest's 402 or \
            503 that names an order (orderId).""")
    @RequestBody(content = @Content(schema = @Schema(implementation = PlaceOrderRequest.class), examples = {
            @ExampleObject(name = "order", value = OrderExamples.PLACE),
            @ExampleObject(name = "order with a webhook", value = OrderExamples.PLACE_WITH_CALLBACK)}))
    @Callback(name = "orderChanged", callbackUrlExpression = "{$request.body#/callbackUrl}",
            operations = @CallbackOperation(method = "post", summary = "A change of the order", description = """
                    Each entry of the order's timeline except webhook deliveries themselves, as JSON, at least once \
                    (deduplicate on Webhook-Id; order by seq). Verify it: Webhook-Signature is \
                    v1=hex(HMAC-SHA256(secret, Webhook-Timestamp + "." + body)); refuse a timestamp more than a few \
                    minutes old. Any answer but 2xx, or none within the timeout, is retried with exponential \
                    back-off until the delivery is given up (recorded as webhook.gave_up in the timeline).""",
                    parameters = {
                            @Parameter(name = "Webhook-Id", in = ParameterIn.HEADER, required = true,
                                    description = "<orderId>:<seq>, the same on every attempt.",
                                    schema = @Schema(type = SchemaType.STRING)),
                            @Parameter(name = "Webhook-Timestamp", in = ParameterIn.HEADER, required = true,
                                    description = "Unix seconds when this attempt was signed.",
                                    schema = @Schema(type = SchemaType.INTEGER)),
                            @Parameter(name = "Webhook-Signature", in = ParameterIn.HEADER, required = true,
                                    description = "v1=<lower-case hex HMAC-SHA256>.",
                                    schema = @Schema(type = SchemaType.STRING))},
                    requestBody = @RequestBody(content = @Content(schema = @Schema(implementation = OrderChange.class),
                            examples = @ExampleObject(name = "fraud.assessed", value = StatusExamples.CHANGE))),
                    responses = @APIResponse(responseCode = "204", description = "Any 2xx: received.")))
    @APIResponse(responseCode = "201", description = "The order is confirmed.",
            headers = {
                    @Header(name = "Location", description = "The order's URL.",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = OrderAccess.STATUS_TOKEN, description = """
                            A guest's order only: send it in this header to read the order; it expires (30 days \
                            by default), and only its hash is kept.""", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = OrderView.class),
                    examples = @ExampleObject(name = "confirmed", value = OrderExamples.CONFIRMED)))
    @APIResponse(responseCode = "400", description = "The request is malformed or invalid.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
            @ExampleObject(name = "validation_failed", value = ProblemExamples.VALIDATION_FAILED),
            @ExampleObject(name = "malformed_json", value = ProblemExamples.MALFORMED_JSON),
            @ExampleObject(name = "missing_body", value = ProblemExamples.MISSING_BODY),
            @ExampleObject(name = "invalid_idempotency_key", value = OrderExamples.INVALID_IDEMPOTENCY_KEY)}))
    @APIResponse(responseCode = "402", description = "The card was declined; the order is PAYMENT_DECLINED.",
            headers = @Header(name = OrderAccess.STATUS_TOKEN, description = "A guest's order only: reads it.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "payment_declined", value = OrderExamples.PAYMENT_DECLINED)))
    @APIResponse(responseCode = "409", description = "Out of stock, or a request with this key is still running.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                            @ExampleObject(name = "out_of_stock", value = OrderExamples.OUT_OF_STOCK),
                            @ExampleObject(name = "idempotency_key_in_use", value = OrderExamples.KEY_IN_USE)}))
    @APIResponse(responseCode = "413", description = "The body is too large.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "payload_too_large", value = ProblemExamples.PAYLOAD_TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "The body is not JSON.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unsupported_media_type",
                    value = ProblemExamples.UNSUPPORTED_MEDIA_TYPE)))
    @APIResponse(responseCode = "422", description = """
            Unknown SKUs, mixed currencies, a cart whose total is 0 (only free products: the payment provider \
            charges at least 1 minor unit), a key reused with another body, or a callbackUrl the service will not \
            call (not http(s), or its host not on the allow-list).""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                            @ExampleObject(name = "unknown_sku", value = OrderExamples.UNKNOWN_SKU),
                            @ExampleObject(name = "mixed_currencies", value = OrderExamples.MIXED_CURRENCIES),
                            @ExampleObject(name = "nothing_to_pay", value = OrderExamples.NOTHING_TO_PAY),
                            @ExampleObject(name = "idempotency_key_reused", value = OrderExamples.KEY_REUSED),
                            @ExampleObject(name = "callback_url_not_allowed",
                                    value = OrderExamples.CALLBACK_URL_NOT_ALLOWED)}))
    @APIResponse(responseCode = "503", description = """
            Try again after Retry-After: the payment provider is unavailable (nothing charged, nothing reserved), \
            its answer is unknown (the order stays PENDING_PAYMENT; repeat with the same Idempotency-Key), \
            too many confirmed orders wait to be handed on, or too many orders are being placed at once.""",
            headers = {
                    @Header(name = "Retry-After", description = "Seconds to wait.",
                            schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = OrderAccess.STATUS_TOKEN, description = """
                            A guest's order whose payment outcome is unknown (orderId) only: reads it.""",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                            @ExampleObject(name = "payment_unavailable", value = OrderExamples.PAYMENT_UNAVAILABLE),
                            @ExampleObject(name = "payment_outcome_unknown",
                                    value = OrderExamples.PAYMENT_OUTCOME_UNKNOWN),
                            @ExampleObject(name = "overloaded", value = OrderExamples.OVERLOADED)}))
    @APIResponse(responseCode = "401", description = "A bearer token was sent, but it is invalid or has expired.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unauthenticated", value = ProblemExamples.UNAUTHENTICATED)))
    @APIResponse(responseCode = "403", description = "The token's user is not a customer.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "forbidden", value = ProblemExamples.FORBIDDEN)))
    @Parameter(name = IdempotencyKey.HEADER, in = ParameterIn.HEADER, schema = @Schema(type = SchemaType.STRING),
            description = "Strongly recommended: a fresh UUID per order, repeated on every retry of it.")
    // The header is read raw: Quarkus REST hands an empty one over as absent, and an empty key is an error.
    public Uni<Response> place(@Valid PlaceOrderRequest request, HttpServerRequest http) {
        if (request == null) {
            throw new MissingBody();
        }
        callbackUrls.check(request.callbackUrl());
        Optional<IdempotencyKey> key = IdempotencyKey.parse(http.getHeader(IdempotencyKey.HEADER));
        return shoppers.placing(request.customer().id()).map(request::forCustomer)
                .chain(placing -> placeAs(placing, key));
    }

    private Uni<Response> placeAs(PlaceOrderRequest placing, Optional<IdempotencyKey> key) {
        boolean guest = Shoppers.isGuest(placing.customer().id());
        return inFlight.run(() -> backlog.admit()
                        .chain(() -> key.isPresent()
                                ? idempotentRequests.run(key.get(), RequestFingerprint.of(placing),
                                claim -> confirmed(checkout.place(placing, claim)))
                                : confirmed(checkout.place(placing, null))))
                .map(SavedResponse::toResponse)
                .onFailure(failure -> failure instanceof ProblemException && guest)
                .recoverWithItem(failure -> problems.of((ProblemException) failure))
                .chain(answer -> guest ? withStatusToken(answer) : Uni.createFrom().item(answer));
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @WithSession
    @Operation(operationId = "getOrder", summary = "Read an order", description = """
            With the state of each follow-up (email, fraud, analytics): PENDING until its worker reports, DONE or \
            FAILED (with the reason) once it has, DELAYED while still pending well after the confirmation. The \
            fraud follow-up shows the decision only (never its score, rules or reviewer); a REJECT puts the order \
            ON_HOLD until a reviewer clears it.""")
    @APIResponse(responseCode = "200", description = "The order.", content = @Content(
            schema = @Schema(implementation = OrderView.class), examples = {
            @ExampleObject(name = "confirmed", value = OrderExamples.CONFIRMED),
            @ExampleObject(name = "followed up", value = OrderExamples.FOLLOWED_UP),
            @ExampleObject(name = "on hold", value = OrderExamples.ON_HOLD)}))
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
            examples = @ExampleObject(name = "order_not_found", value = OrderExamples.ORDER_NOT_FOUND)))
    public Uni<OrderView> get(@RestPath String id, @BeanParam PresentedStatusToken statusToken) {
        return access.readable(id, statusToken.value()).chain(this::view);
    }

    @GET
    @RolesAllowed(Shoppers.CUSTOMER)
    @WithSession
    @Operation(operationId = "listOrders", summary = "List the signed-in customer's orders", description = """
            Newest first, one page at a time; the customer is the token's user (role customer).""")
    @APIResponse(responseCode = "200", description = "One page of orders.", content = @Content(
            schema = @Schema(implementation = OrderPage.class),
            examples = @ExampleObject(name = "page", value = OrderExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid paging parameters.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "validation_failed", value = OrderExamples.INVALID_PAGING)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unauthenticated", value = ProblemExamples.UNAUTHENTICATED)))
    @APIResponse(responseCode = "403", description = "The token's user is not a customer.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "forbidden", value = ProblemExamples.FORBIDDEN)))
    public Uni<OrderPage> list(
            @RestQuery @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
                    maximum = "" + PageRequest.MAX_PAGE, defaultValue = "0")) String page,
            @RestQuery @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + PageRequest.MAX_SIZE, defaultValue = "" + PageRequest.DEFAULT_SIZE)) String size) {
        PageRequest paging = PageRequest.of(page, size);
        return shoppers.customer().chain(customerId -> page(customerId, paging.page(), paging.size()));
    }

    private Uni<OrderPage> page(String customerId, int page, int size) {
        return orders.ofCustomer(customerId, page, size)
                .chain(items -> followUps.of(items)
                        .map(byOrder -> items.stream().map(order -> OrderView.of(order, byOrder.get(order.id())))
                                .toList()))
                .chain(items -> orders.countOfCustomer(customerId)
                        .map(total -> new OrderPage(items, page, size, total)));
    }

    /**
     * A guest's answer that names an order (201; 402 declined; 503 when the payment's outcome is unknown) comes with a
     * fresh status token, a replay too (only hashes are kept): without it the guest could not read that order.
     */
    private Uni<Response> withStatusToken(Response answer) {
        return orderNamedBy(answer)
                .map(orderId -> access.issue(orderId).map(token -> Response.fromResponse(answer)
                        .header(OrderAccess.STATUS_TOKEN, token).build()))
                .orElseGet(() -> Uni.createFrom().item(answer));
    }

    private Optional<UUID> orderNamedBy(Response answer) {
        if (answer.getStatus() == Response.Status.CREATED.getStatusCode()) {
            String location = answer.getHeaderString(HttpHeaders.LOCATION);
            return Optional.of(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
        }
        try {
            JsonNode orderId = json.readTree((String) answer.getEntity()).path("orderId");
            return orderId.isTextual() ? Optional.of(UUID.fromString(orderId.asText())) : Optional.empty();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Uni<OrderView> view(Order order) {
        return followUps.of(order).map(orderFollowUps -> OrderView.of(order, orderFollowUps));
    }

    private Uni<SavedResponse> confirmed(Uni<Order> placing) {
        return placing.chain(order -> followUps.of(order)
                        .map(orderFollowUps -> OrderView.placed(order, orderFollowUps)))
                .map(view -> new SavedResponse(Response.Status.CREATED.getStatusCode(),
                        MediaType.APPLICATION_JSON, "/orders/" + view.id(), toJson(view)));
    }

    private String toJson(OrderView order) {
        try {
            return json.writeValueAsString(order);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
