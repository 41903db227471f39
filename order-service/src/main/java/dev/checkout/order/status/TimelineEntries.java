package dev.checkout.order.status;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Order timelines as stored. */
@ApplicationScoped
class TimelineEntries implements PanacheRepositoryBase<TimelineEntry, UUID> {

    Uni<List<TimelineEntry>> of(UUID orderId) {
        return after(orderId, 0);
    }

    /** The entries after {@code seq}, in order. */
    Uni<List<TimelineEntry>> after(UUID orderId, int seq) {
        return list("orderId = ?1 and seq > ?2", Sort.ascending("seq"), orderId, seq);
    }

    Uni<Integer> lastSeq(UUID orderId) {
        return find("orderId", Sort.descending("seq"), orderId).firstResult()
                .map(last -> last == null ? 0 : last.seq());
    }
}
