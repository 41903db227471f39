package dev.checkout.order.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.checkout.order.checkout.Order;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Queues the changes of an order with a callback URL for delivery, in the transaction that records them. */
@ApplicationScoped
class WebhookDeliveries implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    private final ObjectMapper json;
    private final StatusConfig.Webhooks config;

    WebhookDeliveries(ObjectMapper json, StatusConfig config) {
        this.json = json;
        this.config = config.webhooks();
    }

    Uni<Void> enqueue(Order order, List<TimelineEntry> entries) {
        if (order.callbackUrl() == null) {
            return Uni.createFrom().voidItem();
        }
        Instant giveUpAt = Instant.now().plus(config.giveUpAfter());
        List<WebhookDelivery> deliveries = entries.stream()
                .filter(TimelineEntry::isStatusChange)
                .map(entry -> new WebhookDelivery(order.id(), entry.seq(), order.callbackUrl(),
                        body(entry.toChange()), giveUpAt))
                .toList();
        return deliveries.isEmpty() ? Uni.createFrom().voidItem() : persist(deliveries);
    }

    private String body(OrderChange change) {
        try {
            return json.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
