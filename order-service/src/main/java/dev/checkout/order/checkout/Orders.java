package dev.checkout.order.checkout;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Orders as stored. */
@ApplicationScoped
public class Orders implements PanacheRepositoryBase<Order, UUID> {

    /** The order with this id as a client wrote it, or a failure with {@code order_not_found} (also for a non-UUID). */
    public Uni<Order> byId(String id) {
        UUID orderId;
        try {
            orderId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new OrderNotFound(id));
        }
        return findById(orderId).onItem().ifNull().failWith(() -> new OrderNotFound(id));
    }

    /** The latest order an idempotent request placed, if any. */
    Uni<Order> latestPlacedBy(UUID requestId) {
        return find("requestId = ?1", Sort.descending("createdAt"), requestId).firstResult();
    }

    Uni<List<Order>> ofCustomer(String customerId, int page, int size) {
        return find("customerId = ?1", Sort.descending("createdAt", "id"), customerId).page(page, size).list();
    }

    Uni<Long> countOfCustomer(String customerId) {
        return count("customerId = ?1", customerId);
    }

    /** Orders whose payment outcome has been unknown since before {@code cutoff}, oldest first. */
    Uni<List<Order>> pendingPaymentSince(Instant cutoff, int limit) {
        return find("status = ?1 and paymentAttemptedAt < ?2", Sort.ascending("paymentAttemptedAt"),
                OrderStatus.PENDING_PAYMENT, cutoff).range(0, limit - 1).list();
    }
}
