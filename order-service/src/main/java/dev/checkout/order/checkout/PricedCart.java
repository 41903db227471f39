package dev.checkout.order.checkout;

import dev.checkout.order.catalog.Product;
import dev.checkout.order.orders.OrderLine;

import java.util.List;
import java.util.Map;

/**
 * A cart priced from the catalog: names, unit prices, line totals and the total, all in one currency. Whatever a
 * client sends beside SKUs and quantities plays no part.
 */
record PricedCart(String currency, long totalMinor, List<OrderLine> lines) {

    static PricedCart price(List<PlaceOrderRequest.Line> requested, Map<String, Product> catalog) {
        List<String> unknown = requested.stream().map(PlaceOrderRequest.Line::sku)
                .filter(sku -> !catalog.containsKey(sku)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new UnknownProducts(unknown);
        }
        List<String> currencies = requested.stream().map(line -> catalog.get(line.sku()).currency())
                .distinct().sorted().toList();
        if (currencies.size() > 1) {
            throw new MixedCurrencies(currencies);
        }
        List<OrderLine> lines = requested.stream()
                .map(line -> {
                    Product product = catalog.get(line.sku());
                    return new OrderLine(product.sku(), product.name(), line.quantity(), product.priceMinor());
                })
                .toList();
        long total = lines.stream().mapToLong(OrderLine::lineTotalMinor).reduce(0, Math::addExact);
        if (total == 0) {
            throw new NothingToPay(currencies.get(0), lines.stream().map(OrderLine::sku).distinct().toList());
        }
        return new PricedCart(currencies.get(0), total, lines);
    }

    /** How many of each SKU the cart takes, with repeated SKUs added up: what stock must be reserved. */
    Map<String, Integer> quantities() {
        return OrderLine.quantities(lines);
    }
}
