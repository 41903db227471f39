package dev.checkout.order.orders;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Who is shopping. A signed-in customer (realm role customer) is known by their token's subject, whatever the body
 * says; a guest's id is derived from the body's under a prefix no subject has, so a guest can never place an order
 * into a customer's list.
 */
@ApplicationScoped
public class Shoppers {

    public static final String CUSTOMER = "customer";
    static final String GUEST_PREFIX = "guest:";

    private final CurrentIdentityAssociation identities;

    Shoppers(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /**
     * Whose order the caller places, given the shop's reference of the customer the body names: a signed-in customer's
     * own id whatever the body says; a guest's derived id; an authenticated caller without the customer role may not.
     */
    public Uni<String> placing(String reference) {
        return identities.getDeferredIdentity().map(caller -> caller.isAnonymous()
                ? guestId(reference) : customerId(caller));
    }

    public static boolean isGuest(String customerId) {
        return customerId.startsWith(GUEST_PREFIX);
    }

    /** Stable per reference, so a guest's retry has the same fingerprint and the fraud rules see one shopper. */
    public static String guestId(String reference) {
        return GUEST_PREFIX + UUID.nameUUIDFromBytes(reference.getBytes(StandardCharsets.UTF_8));
    }

    /** The signed-in customer's id. */
    public Uni<String> customer() {
        return identities.getDeferredIdentity().map(Shoppers::customerId);
    }

    static String customerId(SecurityIdentity caller) {
        if (!caller.hasRole(CUSTOMER) || !(caller.getPrincipal() instanceof JsonWebToken token)) {
            throw new ForbiddenException();
        }
        return token.getSubject();
    }
}
