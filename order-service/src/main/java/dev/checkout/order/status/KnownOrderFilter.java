package dev.checkout.order.status;

import dev.checkout.order.orders.OrderAccess;
import dev.checkout.order.orders.PresentedStatusToken;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** See {@link KnownOrder}: an unknown order fails with {@code order_not_found}, which the problem mappers answer. */
class KnownOrderFilter {

    private final OrderAccess access;

    KnownOrderFilter(OrderAccess access) {
        this.access = access;
    }

    @KnownOrder
    @ServerRequestFilter
    Uni<Response> requireOrder(UriInfo uri, HttpHeaders headers) {
        String token = PresentedStatusToken.of(headers.getHeaderString(OrderAccess.STATUS_TOKEN),
                uri.getQueryParameters().getFirst(OrderAccess.STATUS_TOKEN_QUERY));
        return Panache.withSession(() -> access.readable(uri.getPathParameters().getFirst("id"), token))
                .replaceWith((Response) null);
    }
}
