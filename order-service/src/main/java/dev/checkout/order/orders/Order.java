package dev.checkout.order.orders;

import io.vertx.mutiny.sqlclient.Row;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An order as placed. Its payment is settled only through the checkout's conditional updates, so a client's
 * retry and the reconciler can never both settle it; a confirmed order is held and released by the fraud decision
 * ({@link #hold}, {@link #releaseHold}) under the order's row lock.
 */
@Entity(name = "CustomerOrder")
@Table(name = "orders")
public class Order {

    @Id
    private UUID id;
    @Column(name = "request_id")
    private UUID requestId;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    @Column(name = "customer_id")
    private String customerId;
    @Column(name = "customer_email")
    private String customerEmail;
    @Column(name = "customer_name")
    private String customerName;
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    private String currency;
    @Column(name = "total_minor")
    private long totalMinor;
    @Column(name = "ship_line1")
    private String shipLine1;
    @Column(name = "ship_line2")
    private String shipLine2;
    @Column(name = "ship_city")
    private String shipCity;
    @Column(name = "ship_postal_code")
    private String shipPostalCode;
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "ship_country", length = 2)
    private String shipCountry;
    @Column(name = "authorization_id")
    private String authorizationId;
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "card_last4", length = 4)
    private String cardLast4;
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "card_country", length = 2)
    private String cardCountry;
    @Column(name = "decline_code")
    private String declineCode;
    @Column(name = "callback_url")
    private String callbackUrl;
    @Column(name = "webhook_secret")
    private String webhookSecret;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "payment_attempted_at")
    private Instant paymentAttemptedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    @BatchSize(size = 100)
    private List<OrderLine> lines = new ArrayList<>();

    protected Order() {
    }

    public static Order place(UUID requestId, Customer customer, ShippingAddress address, String callbackUrl,
                              String currency, long totalMinor, List<OrderLine> lines) {
        Order order = new Order();
        // PostgreSQL keeps microseconds: the order answered now must equal the order read back later.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        order.id = UUID.randomUUID();
        order.requestId = requestId;
        order.status = OrderStatus.PENDING_PAYMENT;
        order.customerId = customer.id();
        order.customerEmail = customer.email();
        order.customerName = customer.name();
        order.currency = currency;
        order.totalMinor = totalMinor;
        order.lines = new ArrayList<>(lines);
        order.shipLine1 = address.line1();
        order.shipLine2 = address.line2();
        order.shipCity = address.city();
        order.shipPostalCode = address.postalCode();
        order.shipCountry = address.country();
        order.callbackUrl = callbackUrl;
        order.webhookSecret = callbackUrl == null ? null : WebhookSecret.generate();
        order.createdAt = now;
        order.paymentAttemptedAt = now;
        order.updatedAt = now;
        return order;
    }

    /** An order as the SQL client read it: its row and its lines, in line order. */
    static Order read(Row row, List<OrderLine> lines) {
        Order order = new Order();
        order.id = row.getUUID("id");
        order.requestId = row.getUUID("request_id");
        order.status = OrderStatus.valueOf(row.getString("status"));
        order.customerId = row.getString("customer_id");
        order.customerEmail = row.getString("customer_email");
        order.customerName = row.getString("customer_name");
        order.currency = row.getString("currency");
        order.totalMinor = row.getLong("total_minor");
        order.lines = new ArrayList<>(lines);
        order.shipLine1 = row.getString("ship_line1");
        order.shipLine2 = row.getString("ship_line2");
        order.shipCity = row.getString("ship_city");
        order.shipPostalCode = row.getString("ship_postal_code");
        order.shipCountry = row.getString("ship_country");
        order.authorizationId = row.getString("authorization_id");
        order.cardLast4 = row.getString("card_last4");
        order.cardCountry = row.getString("card_country");
        order.declineCode = row.getString("decline_code");
        order.callbackUrl = row.getString("callback_url");
        order.webhookSecret = row.getString("webhook_secret");
        order.createdAt = instant(row, "created_at");
        order.paymentAttemptedAt = instant(row, "payment_attempted_at");
        order.updatedAt = instant(row, "updated_at");
        order.confirmedAt = instant(row, "confirmed_at");
        return order;
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    public UUID id() {
        return id;
    }

    public UUID requestId() {
        return requestId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public OrderStatus status() {
        return status;
    }

    public boolean isPendingPayment() {
        return status == OrderStatus.PENDING_PAYMENT;
    }

    public String customerId() {
        return customerId;
    }

    public String customerEmail() {
        return customerEmail;
    }

    public String customerName() {
        return customerName;
    }

    public String currency() {
        return currency;
    }

    public long totalMinor() {
        return totalMinor;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    public String shipLine1() {
        return shipLine1;
    }

    public String shipLine2() {
        return shipLine2;
    }

    public String shipCity() {
        return shipCity;
    }

    public String shipPostalCode() {
        return shipPostalCode;
    }

    public String shipCountry() {
        return shipCountry;
    }

    public String authorizationId() {
        return authorizationId;
    }

    public String cardLast4() {
        return cardLast4;
    }

    public String cardCountry() {
        return cardCountry;
    }

    public String declineCode() {
        return declineCode;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant paymentAttemptedAt() {
        return paymentAttemptedAt;
    }

    /** When the order was confirmed (its follow-ups started); null if it never was. */
    public Instant confirmedAt() {
        return confirmedAt;
    }

    /** What signs the deliveries to {@link #callbackUrl}; shown only to the client that placed the order. */
    public String webhookSecret() {
        return webhookSecret;
    }

    /** Where the client wants each change of the order POSTed; null for none. */
    public String callbackUrl() {
        return callbackUrl;
    }

    /** Holds a confirmed order; false if it is not confirmed (held already, or never confirmed). */
    public boolean hold(Instant now) {
        return moveOn(OrderStatus.CONFIRMED, OrderStatus.ON_HOLD, now);
    }

    /** Releases a held order; false if it is not on hold. */
    public boolean releaseHold(Instant now) {
        return moveOn(OrderStatus.ON_HOLD, OrderStatus.CONFIRMED, now);
    }

    private boolean moveOn(OrderStatus from, OrderStatus to, Instant now) {
        if (status != from) {
            return false;
        }
        status = to;
        updatedAt = now;
        return true;
    }

    /** The stock this order holds (or held), by SKU. */
    public Map<String, Integer> quantities() {
        return OrderLine.quantities(lines);
    }
}
