package dev.checkout.analytics.recording;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.ZoneOffset;

/**
 * Adds an order to every aggregate, in the caller's transaction. The counters only ever grow by increments
 * ({@code x = x + excluded.x}), which commute: events applied in any order give the same totals.
 */
@ApplicationScoped
public class SalesAggregates {

    // One statement, so one round trip per order whatever its number of lines. Every upsert reads from "counted",
    // which is empty when the order was counted before (under another message id), so then nothing is added. The
    // lines come as one JSON parameter (bound as text, then cast) to keep the statement text, and so its prepared
    // form, the same for every order.
    private static final String ADD_ORDER = """
            with counted as (
                insert into counted_order (order_id) values (?1)
                on conflict do nothing
                returning order_id
            ), hourly as (
                insert into sales_hourly as h (bucket_start, currency, order_count, revenue_minor, units)
                select cast(?2 as timestamptz), cast(?4 as char(3)), 1, cast(?5 as bigint), cast(?6 as bigint)
                from counted
                on conflict (bucket_start, currency) do update
                    set order_count = h.order_count + excluded.order_count,
                        revenue_minor = h.revenue_minor + excluded.revenue_minor,
                        units = h.units + excluded.units
            ), by_country as (
                insert into country_sales_daily as c (day, country, currency, order_count, revenue_minor)
                select cast(?3 as date), cast(?7 as char(2)), cast(?4 as char(3)), 1, cast(?5 as bigint)
                from counted
                on conflict (day, country, currency) do update
                    set order_count = c.order_count + excluded.order_count,
                        revenue_minor = c.revenue_minor + excluded.revenue_minor
            )
            insert into product_sales_daily as p (day, sku, currency, units, revenue_minor)
            select cast(?3 as date), line.sku, cast(?4 as char(3)), line.units, line.revenue_minor
            from counted,
                 jsonb_to_recordset(cast(cast(?8 as text) as jsonb)) as line(sku text, units bigint, revenue_minor bigint)
            on conflict (day, sku, currency) do update
                set units = p.units + excluded.units,
                    revenue_minor = p.revenue_minor + excluded.revenue_minor""";

    /** Inside the caller's transaction; adds nothing for an order that was already counted. */
    public Uni<Void> add(OrderSale sale) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(ADD_ORDER)
                        .setParameter(1, sale.orderId())
                        .setParameter(2, sale.hour().atOffset(ZoneOffset.UTC))
                        .setParameter(3, sale.day())
                        .setParameter(4, sale.currency())
                        .setParameter(5, sale.revenueMinor())
                        .setParameter(6, sale.units())
                        .setParameter(7, sale.country())
                        .setParameter(8, lines(sale).encode())
                        .executeUpdate())
                .replaceWithVoid();
    }

    private static JsonArray lines(OrderSale sale) {
        JsonArray lines = new JsonArray();
        sale.products().forEach(product -> lines.add(new JsonObject()
                .put("sku", product.sku())
                .put("units", product.units())
                .put("revenue_minor", product.revenueMinor())));
        return lines;
    }
}
