package dev.checkout.fulfilment.shipment;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The shipments as stored. */
@ApplicationScoped
public class Shipments implements PanacheRepositoryBase<Shipment, UUID> {

    // order.placed and fraud.assessed of one order (different messages, handled concurrently) take turns here: the
    // second sees what the first committed, so the warehouse is asked once.
    private static final String LOCK_ORDER = "select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))";

    /** Holds the order's lock until the caller's transaction ends, and returns its shipment if there is one. */
    Uni<Optional<Shipment>> lock(UUID orderId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(LOCK_ORDER).setParameter(1, orderId.toString())
                        .getSingleResult())
                .chain(() -> findFirst(orderId))
                .map(Optional::ofNullable);
    }

    private Uni<Shipment> findFirst(UUID orderId) {
        return find("orderId", orderId).firstResult();
    }

    public Uni<List<Shipment>> ofOrder(UUID orderId) {
        return list("orderId", orderId);
    }
}
