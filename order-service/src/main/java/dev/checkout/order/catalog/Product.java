package dev.checkout.order.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** Something the shop sells: its catalog name, its price in minor units, and how many are left to reserve. */
@Entity
@Table(name = "product")
public class Product {

    @Id
    private String sku;
    private String name;
    @Column(name = "price_minor")
    private long priceMinor;
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    private String currency;
    private int stock;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Product() {
    }

    public Product(String sku, String name, long priceMinor, String currency, int stock) {
        this.sku = sku;
        change(name, priceMinor, currency, stock);
    }

    void change(String name, long priceMinor, String currency, int stock) {
        this.name = name;
        this.priceMinor = priceMinor;
        this.currency = currency;
        this.stock = stock;
        this.updatedAt = Instant.now();
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public long priceMinor() {
        return priceMinor;
    }

    public String currency() {
        return currency;
    }

    public int stock() {
        return stock;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
