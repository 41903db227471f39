package dev.checkout.fraud.history;

import dev.checkout.fraud.rules.CardVelocity;
import dev.checkout.fraud.rules.CustomerVelocity;
import dev.checkout.fraud.rules.EmailVelocity;
import dev.checkout.fraud.rules.History;
import dev.checkout.fraud.rules.OrderFacts;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The orders the worker has seen (table {@code seen_order}), the only source of the velocity counts: no other
 * service's database is read. Works inside the caller's transaction, so an order counts once it is assessed and
 * only then; a redelivered event (skipped by the idempotent consumer) or a second event for the same order (a
 * conflict on the order id) never counts twice.
 */
@ApplicationScoped
public class OrderHistory {

    // Transaction-scoped locks on the order's customer, email address and card: two orders sharing one are assessed
    // one after the other, so each sees the other; otherwise concurrent transactions would under-count a burst.
    private static final String LOCK = "select 1 from pg_advisory_xact_lock(?1)";

    private static final String REMEMBER = """
            insert into seen_order (order_id, customer_id, email, card_last4, card_country, occurred_at)
            values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (order_id) do nothing""";

    // Windows end at the order's own event time, so the answer does not depend on when the event arrives. Each count
    // reads its party's rows through an index that ends in occurred_at, within its window only, and stops at the cap:
    // a card in a burst of thousands of orders (a card-testing attack, a load test) costs each order the same few
    // rows, not the burst. The last count is over all time, capped the same way.
    static final String COUNT = """
            select (select count(*) from (select 1 from seen_order
                     where customer_id = ?1 and occurred_at > ?6 and occurred_at <= ?5 limit ?10) customer),
                   (select count(*) from (select 1 from seen_order
                     where email = ?2 and occurred_at > ?7 and occurred_at <= ?5 limit ?10) email),
                   (select count(*) from (select 1 from seen_order
                     where card_last4 = ?3 and card_country = ?4 and occurred_at > ?8 and occurred_at <= ?5
                     limit ?10) card),
                   (select count(*) from (select 1 from seen_order
                     where customer_id = ?1 and order_id <> ?9 and occurred_at <= ?5 limit ?10) earlier)""";

    private final CustomerVelocity.Settings customerVelocity;
    private final EmailVelocity.Settings emailVelocity;
    private final CardVelocity.Settings cardVelocity;

    OrderHistory(CustomerVelocity.Settings customerVelocity, EmailVelocity.Settings emailVelocity,
                 CardVelocity.Settings cardVelocity) {
        this.customerVelocity = customerVelocity;
        this.emailVelocity = emailVelocity;
        this.cardVelocity = cardVelocity;
    }

    /**
     * Adds the order to the history and tells what the history says about it, this order included; empty when the
     * order was already there (it has been assessed before).
     */
    public Uni<Optional<History>> remember(OrderFacts order) {
        return lock(order)
                .chain(() -> Panache.getSession())
                .chain(session -> session.createNativeQuery(REMEMBER)
                        .setParameter(1, order.orderId())
                        .setParameter(2, order.customerId())
                        .setParameter(3, order.emailKey())
                        .setParameter(4, order.card().last4())
                        .setParameter(5, order.card().country())
                        .setParameter(6, at(order.occurredAt()))
                        .executeUpdate())
                .chain(inserted -> inserted == 0 ? Uni.createFrom().item(Optional.<History>empty())
                        : count(order).map(Optional::of));
    }

    private Uni<Void> lock(OrderFacts order) {
        // Always in ascending key order, so that two transactions cannot wait for each other.
        List<Long> keys = List.of(key("customer", order.customerId()), key("email", order.emailKey()),
                key("card", order.card().last4() + "/" + order.card().country())).stream().sorted().toList();
        Uni<Void> locked = Uni.createFrom().voidItem();
        for (long key : keys) {
            locked = locked.chain(() -> Panache.getSession()
                    .chain(session -> session.createNativeQuery(LOCK).setParameter(1, key).getSingleResult())
                    .replaceWithVoid());
        }
        return locked;
    }

    private Uni<History> count(OrderFacts order) {
        Instant at = order.occurredAt();
        return Panache.getSession()
                .chain(session -> session.<Object[]>createNativeQuery(COUNT)
                        .setParameter(1, order.customerId())
                        .setParameter(2, order.emailKey())
                        .setParameter(3, order.card().last4())
                        .setParameter(4, order.card().country())
                        .setParameter(5, at(at))
                        .setParameter(6, at(at.minus(customerVelocity.window())))
                        .setParameter(7, at(at.minus(emailVelocity.window())))
                        .setParameter(8, at(at.minus(cardVelocity.window())))
                        .setParameter(9, order.orderId())
                        .setParameter(10, History.COUNT_CAP)
                        .getSingleResult())
                .map(row -> new History(number(row[0]), number(row[1]), number(row[2]), number(row[3])));
    }

    /** A lock key per party; a collision between two parties only makes their orders wait for each other. */
    private static long key(String kind, String value) {
        return UUID.nameUUIDFromBytes((kind + ":" + value).getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
