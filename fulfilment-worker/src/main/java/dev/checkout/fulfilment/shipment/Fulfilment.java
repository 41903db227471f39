package dev.checkout.fulfilment.shipment;

import dev.checkout.fulfilment.warehouse.Warehouse;
import dev.checkout.fulfilment.warehouse.WarehouseApi;
import dev.checkout.messaging.consumer.EventHandler;
import dev.checkout.messaging.consumer.IncomingEvent;
import dev.checkout.messaging.consumer.ParkedEvent;
import dev.checkout.messaging.consumer.PermanentFailure;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Consumer {@code fulfilment}: asks the warehouse to ship each order the fraud review cleared, once. It reads
 * {@code order.placed} (what to ship where) and {@code fraud.assessed} (whether to), in either order; each message
 * brings the order's shipment a step further under the order's lock, in the transaction the library runs it in:
 * <ul>
 *     <li>no decision yet: AWAITING_CLEARANCE (or AWAITING_ORDER, when the decision came first);</li>
 *     <li>REVIEW, or REJECT by the rules: HELD, and {@code fulfilment.held}; a reviewer's CLEAR releases it;</li>
 *     <li>a reviewer's REJECT: CANCELLED, and a final {@code fulfilment.held}; the warehouse is never asked;</li>
 *     <li>CLEAR and the order known: the warehouse is asked (idempotency key = order id), REQUESTED with its
 *     reference, and {@code fulfilment.requested}.</li>
 * </ul>
 * A warehouse refusal parks the message; {@link #parked} then records FAILED and {@code fulfilment.failed}.
 */
@ApplicationScoped
public class Fulfilment implements EventHandler {

    static final String CONSUMER = "fulfilment";
    static final String ORDER_PLACED = "order.placed";
    static final String FRAUD_ASSESSED = "fraud.assessed";

    private static final Logger LOG = Logger.getLogger(Fulfilment.class);

    private final Shipments shipments;
    private final Warehouse warehouse;
    private final FulfilmentOutcomes outcomes;

    Fulfilment(Shipments shipments, Warehouse warehouse, FulfilmentOutcomes outcomes) {
        this.shipments = shipments;
        this.warehouse = warehouse;
        this.outcomes = outcomes;
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    @Override
    public Uni<Void> handle(IncomingEvent event) {
        return switch (event.eventType()) {
            case ORDER_PLACED -> placed(event.mapTo(OrderPlaced.class).order(), event.attempt());
            case FRAUD_ASSESSED -> assessed(event.mapTo(FraudAssessed.class), event.attempt());
            default -> throw new PermanentFailure("unexpected_event_type",
                    "consumer fulfilment does not handle " + event.eventType());
        };
    }

    private Uni<Void> placed(OrderPlaced.Order order, int attempt) {
        return withShipment(order.orderId(), shipment -> {
            shipment.placed(order.customer().id(), new Shipping(order.shippingAddress(), order.lines()));
            return true;
        }, attempt);
    }

    private Uni<Void> assessed(FraudAssessed assessed, int attempt) {
        FraudDecision decision = new FraudDecision(assessed.assessment().decision(), assessed.assessment().isFinal(),
                instant(assessed.occurredAt()));
        return withShipment(assessed.orderId(), shipment -> shipment.decided(decision), attempt);
    }

    private Uni<Void> withShipment(UUID orderId, Predicate<Shipment> change, int attempt) {
        return shipments.lock(orderId).chain(existing -> {
            Shipment shipment = existing.orElseGet(() -> Shipment.of(orderId));
            if (shipment.state().isFinal()) {
                LOG.infof("Order %s: shipment already %s; nothing changes", orderId, shipment.state());
                return Uni.createFrom().voidItem();
            }
            ShipmentState before = existing.isPresent() ? shipment.state() : null;
            FraudDecision decisionBefore = shipment.fraudDecision();
            boolean changed = change.test(shipment);
            if (existing.isPresent() && !changed && shipment.state() != ShipmentState.FAILED) {
                return Uni.createFrom().voidItem();
            }
            return advance(shipment, before, decisionBefore, attempt);
        });
    }

    private Uni<Void> advance(Shipment shipment, ShipmentState before, FraudDecision decisionBefore, int attempt) {
        ShipmentState next = shipment.evaluate();
        if (next == ShipmentState.REQUESTED) {
            // Written (not committed) before the warehouse is asked: whatever the database refuses is refused first.
            return shipments.persistAndFlush(shipment)
                    .chain(() -> warehouse.requestShipment(request(shipment)))
                    .chain(reference -> {
                        shipment.requested(reference, attempt);
                        LOG.infof("Order %s: the warehouse accepted shipment %s as %s", shipment.orderId(),
                                shipment.id(), reference);
                        return shipments.persist(shipment).chain(() -> outcomes.requested(shipment));
                    });
        }
        shipment.moveTo(next);
        FraudDecision decision = shipment.fraudDecision();
        boolean holdChanged = (next == ShipmentState.HELD || next == ShipmentState.CANCELLED)
                && (before != next || !Objects.equals(decisionBefore, decision));
        Uni<Shipment> saved = shipments.persist(shipment);
        if (holdChanged) {
            LOG.infof("Order %s: %s by the fraud review (%s%s)", shipment.orderId(), next, decision.decision(),
                    decision.isFinal() ? ", final" : "");
            return saved.chain(() -> outcomes.held(shipment, decision));
        }
        return saved.replaceWithVoid();
    }

    private static WarehouseApi.ShipmentRequest request(Shipment shipment) {
        Shipping shipping = shipment.shipping();
        OrderPlaced.ShippingAddress address = shipping.address();
        return new WarehouseApi.ShipmentRequest(shipment.orderId().toString(),
                new WarehouseApi.Address(address.line1(), address.line2(), address.city(), address.postalCode(),
                        address.country()),
                shipping.lines().stream().map(line -> new WarehouseApi.Item(line.sku(), line.name(), line.quantity()))
                        .toList());
    }

    /** A parked message about an order: the order's shipment FAILED, with {@code fulfilment.failed}. */
    @Override
    public Uni<Void> parked(ParkedEvent parked) {
        Optional<UUID> about = orderIdOf(parked);
        if (about.isEmpty()) {
            LOG.warnf("Parked message %s names no order; no fulfilment.failed to report", parked.messageId());
            return Uni.createFrom().voidItem();
        }
        UUID orderId = about.get();
        return shipments.lock(orderId).chain(existing -> {
            Shipment shipment = existing.orElseGet(() -> Shipment.of(orderId));
            if (shipment.state().isFinal()) {
                return Uni.createFrom().voidItem();
            }
            shipment.failed(parked.reasonCode(), Objects.requireNonNullElse(parked.message(), parked.reasonCode()),
                    parked.attempts());
            return shipments.persist(shipment).chain(() -> outcomes.failed(shipment));
        });
    }

    /** Read defensively: the message may have been parked precisely because it breaks the contract. */
    private static Optional<UUID> orderIdOf(ParkedEvent parked) {
        if (!parked.hasDocument()) {
            return Optional.empty();
        }
        JsonObject document = parked.document();
        Object id = document.getValue("order") instanceof JsonObject order ? order.getValue("orderId")
                : document.getValue("orderId");
        if (!(id instanceof String text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static Instant instant(String rfc3339) {
        try {
            return OffsetDateTime.parse(rfc3339).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new PermanentFailure("unreadable_occurred_at", "occurredAt is not an RFC 3339 date-time: "
                    + rfc3339, e);
        }
    }
}
