package dev.checkout.order.orders;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Orders as stored. The checkout writes and re-reads them with the SQL client, statement for statement (its hot
 * path), and so do the workers' outcomes (the other hot path, under the order's row lock); everything else reads them
 * as entities.
 */
@ApplicationScoped
public class Orders implements PanacheRepositoryBase<Order, UUID> {

    private static final String READ = """
            select o.*, l.sku, l.name, l.quantity, l.unit_price_minor
              from orders o join order_line l on l.order_id = o.id
             where o.id = $1 order by l.line_no""";

    private static final String LOCK = "select * from orders where id = $1 for no key update";
    private static final String SAVE_STATUS = "update orders set status = $2, updated_at = $3 where id = $1";

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

    /** The order as the transaction open on {@code connection} sees it; null if there is none. */
    public Uni<Order> read(SqlConnection connection, UUID orderId) {
        return connection.preparedQuery(READ).execute(Tuple.of(orderId)).map(Orders::order);
    }

    /**
     * The order's row, locked until the transaction open on {@code connection} ends (as the checkout's conditional
     * update locks it), without its lines; null if there is none.
     */
    public Uni<Order> lockWithoutLines(SqlConnection connection, UUID orderId) {
        return connection.preparedQuery(LOCK).execute(Tuple.of(orderId)).map(rows -> rows.size() == 0 ? null
                : Order.read(rows.iterator().next(), List.of()));
    }

    /** Writes the status the order has moved to ({@link Order#hold}, {@link Order#releaseHold}) under that lock. */
    public Uni<Void> saveStatus(SqlConnection connection, Order order) {
        return connection.preparedQuery(SAVE_STATUS)
                .execute(Tuple.of(order.id(), order.status().name(), utc(order.updatedAt()))).replaceWithVoid();
    }

    private static Order order(RowSet<Row> rows) {
        Row first = null;
        List<OrderLine> lines = new ArrayList<>();
        for (Row row : rows) {
            first = first == null ? row : first;
            lines.add(new OrderLine(row.getString("sku"), row.getString("name"), row.getInteger("quantity"),
                    row.getLong("unit_price_minor")));
        }
        return first == null ? null : Order.read(first, lines);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The latest order an idempotent request placed, if any. */
    public Uni<Order> latestPlacedBy(UUID requestId) {
        return find("requestId = ?1", Sort.descending("createdAt"), requestId).firstResult();
    }

    public Uni<List<Order>> ofCustomer(String customerId, int page, int size) {
        return find("customerId = ?1", Sort.descending("createdAt", "id"), customerId).page(page, size).list();
    }

    public Uni<Long> countOfCustomer(String customerId) {
        return count("customerId = ?1", customerId);
    }

    /** Orders whose payment outcome has been unknown since before {@code cutoff}, oldest first. */
    public Uni<List<Order>> pendingPaymentSince(Instant cutoff, int limit) {
        return find("status = ?1 and paymentAttemptedAt < ?2", Sort.ascending("paymentAttemptedAt"),
                OrderStatus.PENDING_PAYMENT, cutoff).range(0, limit - 1).list();
    }
}
