package dev.checkout.analytics.recording;

import dev.checkout.messaging.consumer.PermanentFailure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What one order adds to the aggregates. Buckets come from the event's {@code occurredAt} (when the order was
 * placed), in UTC, never from when the event arrived, so a late or replayed event lands where it belongs.
 *
 * @param hour     start of the UTC hour the order was placed in
 * @param day      the UTC day it was placed on
 * @param products one entry per SKU, sorted by SKU: an order may list a SKU twice, and one upsert statement may
 *                 touch a row only once; a fixed order also means concurrent orders lock rows in the same order
 */
public record OrderSale(UUID orderId, Instant hour, LocalDate day, String currency, long revenueMinor, long units,
                        String country, List<ProductSale> products) {

    // RFC 3339 as the contract's checker accepts it: 'T', 't' or a space between date and time; 'Z' or 'z'.
    private static final DateTimeFormatter RFC_3339 = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendPattern("[ ]['T']")
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .appendOffsetId()
            .toFormatter(Locale.ROOT);

    public static OrderSale of(OrderPlaced placed) {
        OrderPlaced.Order order = placed.order();
        Instant placedAt = placedAt(placed.occurredAt());
        Map<String, ProductSale> bySku = new LinkedHashMap<>();
        for (OrderPlaced.Line line : order.lines()) {
            bySku.merge(line.sku(), new ProductSale(line.sku(), line.quantity(), line.lineTotalMinor()),
                    (a, b) -> new ProductSale(a.sku(), a.units() + b.units(), a.revenueMinor() + b.revenueMinor()));
        }
        List<ProductSale> products = bySku.values().stream().sorted(Comparator.comparing(ProductSale::sku)).toList();
        return new OrderSale(order.orderId(), placedAt.truncatedTo(ChronoUnit.HOURS),
                LocalDate.ofInstant(placedAt, ZoneOffset.UTC), order.currency(), order.totalMinor(),
                products.stream().mapToLong(ProductSale::units).sum(), order.shippingAddress().country(), products);
    }

    private static Instant placedAt(String occurredAt) {
        try {
            return OffsetDateTime.parse(occurredAt, RFC_3339).toInstant();
        } catch (DateTimeParseException e) {
            // Should the contract's checker ever let through a time java.time cannot read (a leap second, say), no
            // retry would help: park it.
            throw new PermanentFailure("unreadable_occurred_at", "occurredAt '" + occurredAt + "' is not an instant", e);
        }
    }
}
