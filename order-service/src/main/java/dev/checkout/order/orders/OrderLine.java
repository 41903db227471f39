package dev.checkout.order.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One line of an order, priced from the catalog when the order was placed. */
@Embeddable
public class OrderLine {

    private String sku;
    private String name;
    private int quantity;
    @Column(name = "unit_price_minor")
    private long unitPriceMinor;
    @Column(name = "line_total_minor")
    private long lineTotalMinor;

    protected OrderLine() {
    }

    public OrderLine(String sku, String name, int quantity, long unitPriceMinor) {
        this.sku = sku;
        this.name = name;
        this.quantity = quantity;
        this.unitPriceMinor = unitPriceMinor;
        this.lineTotalMinor = Math.multiplyExact(unitPriceMinor, quantity);
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public int quantity() {
        return quantity;
    }

    public long unitPriceMinor() {
        return unitPriceMinor;
    }

    public long lineTotalMinor() {
        return lineTotalMinor;
    }

    /** How many of each SKU the lines take, with repeated SKUs added up: what stock they reserve. */
    public static Map<String, Integer> quantities(List<OrderLine> lines) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        lines.forEach(line -> quantities.merge(line.sku(), line.quantity(), Integer::sum));
        return quantities;
    }
}
