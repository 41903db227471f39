package dev.checkout.order.orders;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Who may read an order, its timeline, its stream and its receipt: its customer (the token's subject), or, for a
 * guest's order, whoever sends one of its status tokens; support may read any order's receipt. Anyone else learns
 * nothing, not even that the order exists (404).
 */
@ApplicationScoped
public class OrderAccess {

    /** The request header a guest sends the status token in, and the response header checkout answers it in. */
    public static final String STATUS_TOKEN = "Order-Status-Token";
    /** The query parameter that carries it where no header can be sent. */
    public static final String STATUS_TOKEN_QUERY = "statusToken";

    static final String SUPPORT = "support";

    private final CurrentIdentityAssociation identities;
    private final Orders orders;
    private final StatusTokens tokens;

    OrderAccess(CurrentIdentityAssociation identities, Orders orders, StatusTokens tokens) {
        this.identities = identities;
        this.orders = orders;
        this.tokens = tokens;
    }

    /** The order, when the caller may read it; within a session. */
    public Uni<Order> readable(String id, String statusToken) {
        return identities.getDeferredIdentity().chain(caller -> {
            if (!caller.isAnonymous()) {
                String customer = Shoppers.customerId(caller);
                return orders.byId(id).invoke(order -> {
                    if (!order.customerId().equals(customer)) {
                        throw new OrderNotFound(id);
                    }
                });
            }
            if (statusToken == null || statusToken.isBlank()) {
                return Uni.createFrom().failure(new UnauthorizedException());
            }
            UUID orderId;
            try {
                orderId = UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                return Uni.createFrom().failure(new OrderNotFound(id));
            }
            return tokens.admits(orderId, statusToken).chain(admitted -> admitted
                    ? orders.byId(id) : Uni.createFrom().failure(new OrderNotFound(id)));
        });
    }

    /**
     * The order, when the caller may read its receipt: whoever may read the order, and support (who answer
     * shoppers' questions about any order); within a session.
     */
    public Uni<Order> receiptReadable(String id, String statusToken) {
        return identities.getDeferredIdentity().chain(caller -> caller.hasRole(SUPPORT)
                ? orders.byId(id) : readable(id, statusToken));
    }

    /** A status token for the guest who just placed this order. */
    public Uni<String> issue(UUID orderId) {
        return tokens.issue(orderId);
    }
}
