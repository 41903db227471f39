package dev.checkout.order.status;

import dev.checkout.order.orders.Order;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The follow-ups of orders as {@code GET /orders} shows them. Read with the SQL client: every checkout's answer
 * shows them, and a Hibernate session for one query cost more than the rest of the answer.
 */
@ApplicationScoped
public class FollowUps {

    // The follow-up entries of these orders, in order: each follow-up's state is its latest.
    private static final String FOLLOW_UP_ENTRIES = """
            select * from order_timeline where order_id = any($1) and follow_up is not null order by order_id, seq""";

    private final Pool pool;
    private final StatusConfig config;
    private final FollowUpCatalog catalog;

    FollowUps(Pool pool, StatusConfig config, FollowUpCatalog catalog) {
        this.pool = pool;
        this.config = config;
        this.catalog = catalog;
    }

    public Uni<Map<String, FollowUp>> of(Order order) {
        return of(List.of(order)).map(followUps -> followUps.get(order.id()));
    }

    /** By order id, for every order given; one query for all of them. */
    public Uni<Map<UUID, Map<String, FollowUp>>> of(List<Order> orders) {
        List<UUID> confirmed = orders.stream().filter(order -> order.confirmedAt() != null).map(Order::id).toList();
        Uni<List<TimelineEntry>> outcomes = confirmed.isEmpty() ? Uni.createFrom().item(List.of())
                : pool.preparedQuery(FOLLOW_UP_ENTRIES).execute(Tuple.of(confirmed.toArray(UUID[]::new)))
                .map(TimelineEntry::readAll);
        return outcomes.map(found -> {
            Map<UUID, List<TimelineEntry>> byOrder = found.stream()
                    .collect(Collectors.groupingBy(TimelineEntry::orderId));
            Instant now = Instant.now();
            Map<UUID, Map<String, FollowUp>> followUps = new HashMap<>();
            for (Order order : orders) {
                OrderProgress progress = new OrderProgress(catalog.names(), order.status());
                byOrder.getOrDefault(order.id(), List.of()).forEach(progress::add);
                followUps.put(order.id(), progress.followUps(order.confirmedAt(), now, config.delayedAfter()));
            }
            return followUps;
        });
    }
}
