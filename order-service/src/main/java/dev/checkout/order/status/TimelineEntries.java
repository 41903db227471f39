package dev.checkout.order.status;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Order timelines as stored. */
@ApplicationScoped
class TimelineEntries implements PanacheRepositoryBase<TimelineEntry, UUID> {

    private static final String OF_ORDER = "select * from order_timeline where order_id = $1 order by seq";

    Uni<List<TimelineEntry>> of(UUID orderId) {
        return after(orderId, 0);
    }

    /** The same, as the transaction open on {@code connection} sees it. */
    Uni<List<TimelineEntry>> of(SqlConnection connection, UUID orderId) {
        return connection.preparedQuery(OF_ORDER).execute(Tuple.of(orderId))
                .map(TimelineEntry::readAll);
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
