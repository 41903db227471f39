package dev.checkout.order.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.checkout.order.orders.Order;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Queues the changes of an order with a callback URL for delivery, in the transaction that records them. */
@ApplicationScoped
class WebhookDeliveries implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    private static final String INSERT = """
            insert into webhook_delivery (id, order_id, seq, url, body, give_up_at) values ($1, $2, $3, $4, $5, $6)""";

    private final ObjectMapper json;
    private final StatusConfig.Webhooks config;

    WebhookDeliveries(ObjectMapper json, StatusConfig config) {
        this.json = json;
        this.config = config.webhooks();
    }

    /** Whether any delivery was queued. */
    Uni<Boolean> enqueue(Order order, List<TimelineEntry> entries) {
        List<WebhookDelivery> deliveries = deliveriesOf(order, entries);
        return deliveries.isEmpty() ? Uni.createFrom().item(false) : persist(deliveries).replaceWith(true);
    }

    /** The same, in the transaction open on {@code connection} (the checkout's, on the SQL client). */
    Uni<Boolean> enqueue(SqlConnection connection, Order order, List<TimelineEntry> entries) {
        List<WebhookDelivery> deliveries = deliveriesOf(order, entries);
        return deliveries.isEmpty() ? Uni.createFrom().item(false)
                : connection.preparedQuery(INSERT).executeBatch(deliveries.stream().map(WebhookDelivery::row).toList())
                .replaceWith(true);
    }

    List<WebhookDelivery> deliveriesOf(Order order, List<TimelineEntry> entries) {
        if (order.callbackUrl() == null) {
            return List.of();
        }
        Instant giveUpAt = Instant.now().plus(config.giveUpAfter());
        return entries.stream()
                .filter(TimelineEntry::isStatusChange)
                .map(entry -> new WebhookDelivery(order.id(), entry.seq(), order.callbackUrl(),
                        body(entry.toChange()), giveUpAt))
                .toList();
    }

    private String body(OrderChange change) {
        try {
            return json.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
