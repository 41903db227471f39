package dev.checkout.order.status;

import dev.checkout.order.checkout.Orders;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** See {@link KnownOrder}: an unknown order fails with {@code order_not_found}, which the problem mappers answer. */
class KnownOrderFilter {

    private final Orders orders;

    KnownOrderFilter(Orders orders) {
        this.orders = orders;
    }

    @KnownOrder
    @ServerRequestFilter
    Uni<Response> requireOrder(UriInfo uri) {
        return Panache.withSession(() -> orders.byId(uri.getPathParameters().getFirst("id")))
                .replaceWith((Response) null);
    }
}
