package dev.checkout.order.checkout;

import dev.checkout.order.catalog.OutOfStock;
import dev.checkout.order.catalog.Stock;
import dev.checkout.order.orders.Order;
import dev.checkout.order.orders.OrderLine;
import dev.checkout.order.status.OrderTimeline;
import dev.checkout.order.status.ReceivedEntry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Records a placed order as {@code PENDING_PAYMENT} in a single statement, which PostgreSQL runs as one transaction:
 * the order and its lines, its first timeline entry (and that entry's webhook delivery), and the stock it takes. One
 * round trip, and above all no round trip while the products' rows are locked: every checkout of a product takes the
 * same row, and in a transaction of several statements each waited for the one before it to hear the stock was
 * taken, send its next statements and commit. Here a row is locked from the decrement to the statement's own commit.
 * <p>
 * Stock is taken by a plain decrement: the product's {@code check (stock >= 0)} fails the whole statement when a
 * product is short, which is then read to name every short product. Rows are locked in SKU order, so carts with the
 * same products in another order cannot deadlock.
 */
@ApplicationScoped
class PlacedOrders {

    private static final String PLACE = """
            with wanted as (
                select sku, quantity from unnest($19::varchar[], $20::int[]) as wanted (sku, quantity)
            ), locked as materialized (
                select sku from product where sku in (select sku from wanted) order by sku for update
            ), taken as (
                update product set stock = product.stock - wanted.quantity, updated_at = now()
                  from wanted join locked using (sku)
                 where product.sku = wanted.sku
            ), placed as (
                insert into orders (id, request_id, status, customer_id, customer_email, customer_name, currency,
                                    total_minor, ship_line1, ship_line2, ship_city, ship_postal_code, ship_country,
                                    callback_url, webhook_secret, created_at, payment_attempted_at, updated_at)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
            ), lines as (
                -- Numbered from 0, as the entity's @OrderColumn reads them.
                insert into order_line (order_id, line_no, sku, name, quantity, unit_price_minor, line_total_minor)
                select $1, line.number - 1, line.sku, line.name, line.quantity, line.unit_price_minor,
                       line.line_total_minor
                  from unnest($21::varchar[], $22::varchar[], $23::int[], $24::bigint[], $25::bigint[])
                       with ordinality as line (sku, name, quantity, unit_price_minor, line_total_minor, number)
            ), received as (
                insert into order_timeline (id, order_id, seq, type, recorded_at, order_status)
                values ($26, $1, 1, $27, $28, $3)
            )
            insert into webhook_delivery (id, order_id, seq, url, body, give_up_at)
            select $29, $1, 1, $14, $30, $31 where $29::uuid is not null""";
    private static final String CHECK_VIOLATION = "23514";

    private final Pool pool;
    private final OrderTimeline timeline;
    private final Stock stock;

    PlacedOrders(Pool pool, OrderTimeline timeline, Stock stock) {
        this.pool = pool;
        this.timeline = timeline;
        this.stock = stock;
    }

    /** The order, recorded with its stock taken; or {@link OutOfStock} naming each product that is short. */
    Uni<Order> record(Order order, Map<String, Integer> quantities) {
        ReceivedEntry received = timeline.received(order);
        String[] skus = quantities.keySet().toArray(String[]::new);
        Integer[] wanted = Arrays.stream(skus).map(quantities::get).toArray(Integer[]::new);
        List<Object> values = new ArrayList<>(Arrays.asList(order.id(), order.requestId(), order.status().name(),
                order.customerId(), order.customerEmail(), order.customerName(), order.currency(), order.totalMinor(),
                order.shipLine1(), order.shipLine2(), order.shipCity(), order.shipPostalCode(), order.shipCountry(),
                order.callbackUrl(), order.webhookSecret(), utc(order.createdAt()), utc(order.paymentAttemptedAt()),
                utc(order.updatedAt()), skus, wanted));
        List<OrderLine> lines = order.lines();
        values.add(lines.stream().map(OrderLine::sku).toArray(String[]::new));
        values.add(lines.stream().map(OrderLine::name).toArray(String[]::new));
        values.add(lines.stream().map(OrderLine::quantity).toArray(Integer[]::new));
        values.add(lines.stream().map(OrderLine::unitPriceMinor).toArray(Long[]::new));
        values.add(lines.stream().map(OrderLine::lineTotalMinor).toArray(Long[]::new));
        values.addAll(Arrays.asList(received.id(), received.type(), received.recordedAt(), received.deliveryId(),
                received.deliveryBody(), received.deliveryGiveUpAt()));
        return pool.preparedQuery(PLACE).execute(Tuple.from(values))
                .invoke(() -> timeline.placed(order, received))
                .replaceWith(order)
                .onFailure(PlacedOrders::stockShort).recoverWithUni(() -> stock.shortage(quantities));
    }

    private static boolean stockShort(Throwable failure) {
        return failure instanceof PgException pg && CHECK_VIOLATION.equals(pg.getSqlState())
                && pg.getConstraint() != null && pg.getConstraint().startsWith("product_stock");
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
