package dev.checkout.analytics.reports;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads the aggregates for the report API; each report is one query over a primary-key range. */
@ApplicationScoped
public class SalesReports {

    private static final String HOURLY = """
            select bucket_start, currency, order_count, revenue_minor, units
            from sales_hourly
            where bucket_start >= $1 and bucket_start < $2 and ($3::text is null or currency = $3::text)""";

    private static final String DAILY = """
            select date_trunc('day', bucket_start, 'UTC') as bucket_start, currency,
                   sum(order_count)::bigint as order_count, sum(revenue_minor)::bigint as revenue_minor,
                   sum(units)::bigint as units
            from sales_hourly
            where bucket_start >= $1 and bucket_start < $2 and ($3::text is null or currency = $3::text)
            group by 1, 2""";

    // The ranking is over units in all currencies; revenue is then listed per currency for the ranked SKUs.
    private static final String TOP_PRODUCTS = """
            with ranked as (
                select sku, sum(units)::bigint as units
                from product_sales_daily
                where day >= $1 and day < $2
                group by sku
                order by units desc, sku
                limit $3
            )
            select r.sku, r.units, p.currency, sum(p.revenue_minor)::bigint as revenue_minor
            from ranked r
            join product_sales_daily p on p.sku = r.sku and p.day >= $1 and p.day < $2
            group by r.sku, r.units, p.currency
            order by r.units desc, r.sku, p.currency""";

    private static final String COUNTRIES = """
            select country, currency, sum(order_count)::bigint as order_count,
                   sum(revenue_minor)::bigint as revenue_minor
            from country_sales_daily
            where day >= $1 and day < $2
            group by country, currency
            order by country, currency""";

    private final Pool pool;

    SalesReports(Pool pool) {
        this.pool = pool;
    }

    public Uni<SalesSummary> summary(SummaryRequest request) {
        Tuple parameters = Tuple.of(request.range().from().atOffset(ZoneOffset.UTC),
                request.range().to().atOffset(ZoneOffset.UTC), request.currency().orElse(null));
        return pool.preparedQuery(request.granularity() == Granularity.HOUR ? HOURLY : DAILY).execute(parameters)
                .map(rows -> SalesSummary.of(request, list(rows, row -> new SalesBucket(
                        row.getOffsetDateTime("bucket_start").toInstant(), row.getString("currency"),
                        row.getLong("order_count"), row.getLong("revenue_minor"), row.getLong("units")))));
    }

    public Uni<TopProducts> topProducts(TopProductsRequest request) {
        ReportRange range = request.range();
        return pool.preparedQuery(TOP_PRODUCTS).execute(Tuple.of(range.firstDay(), range.endDay(), request.limit()))
                .map(rows -> {
                    Map<String, ProductSales> products = new LinkedHashMap<>();
                    rows.forEach(row -> products.merge(row.getString("sku"),
                            new ProductSales(row.getString("sku"), row.getLong("units"), List.of(money(row))),
                            (a, b) -> new ProductSales(a.sku(), a.units(), concat(a.revenue(), b.revenue()))));
                    return new TopProducts(range.from(), range.to(), request.limit(), List.copyOf(products.values()));
                });
    }

    public Uni<SalesByCountry> countries(ReportRange range) {
        return pool.preparedQuery(COUNTRIES).execute(Tuple.of(range.firstDay(), range.endDay()))
                .map(rows -> {
                    Map<String, CountrySales> countries = new LinkedHashMap<>();
                    rows.forEach(row -> countries.merge(row.getString("country"),
                            new CountrySales(row.getString("country"), row.getLong("order_count"), List.of(money(row))),
                            (a, b) -> new CountrySales(a.country(), a.orders() + b.orders(),
                                    concat(a.revenue(), b.revenue()))));
                    List<CountrySales> mostOrdersFirst = countries.values().stream()
                            .sorted(Comparator.comparingLong(CountrySales::orders).reversed()
                                    .thenComparing(CountrySales::country))
                            .toList();
                    return new SalesByCountry(range.from(), range.to(), mostOrdersFirst);
                });
    }

    private static Money money(Row row) {
        return new Money(row.getString("currency"), row.getLong("revenue_minor"));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static <T> List<T> list(RowSet<Row> rows, Function<Row, T> mapper) {
        List<T> items = new ArrayList<>();
        rows.forEach(row -> items.add(mapper.apply(row)));
        return items;
    }
}
