package dev.checkout.order.status;

import dev.checkout.order.checkout.Order;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The follow-ups of orders as {@code GET /orders} shows them, read in the caller's session. */
@ApplicationScoped
public class FollowUps {

    private final TimelineEntries entries;
    private final StatusConfig config;

    FollowUps(TimelineEntries entries, StatusConfig config) {
        this.entries = entries;
        this.config = config;
    }

    public Uni<Map<String, FollowUp>> of(Order order) {
        return of(List.of(order)).map(followUps -> followUps.get(order.id()));
    }

    /** By order id, for every order given; one query for all of them. */
    public Uni<Map<UUID, Map<String, FollowUp>>> of(List<Order> orders) {
        List<UUID> confirmed = orders.stream().filter(order -> order.confirmedAt() != null).map(Order::id).toList();
        Uni<List<TimelineEntry>> outcomes = confirmed.isEmpty() ? Uni.createFrom().item(List.of())
                : entries.followUpsOf(confirmed);
        return outcomes.map(found -> {
            Map<UUID, List<TimelineEntry>> byOrder = found.stream()
                    .collect(Collectors.groupingBy(TimelineEntry::orderId));
            Instant now = Instant.now();
            Map<UUID, Map<String, FollowUp>> followUps = new HashMap<>();
            for (Order order : orders) {
                OrderProgress progress = new OrderProgress(order.status());
                byOrder.getOrDefault(order.id(), List.of()).forEach(progress::add);
                followUps.put(order.id(), progress.followUps(order.confirmedAt(), now, config.delayedAfter()));
            }
            return followUps;
        });
    }
}
