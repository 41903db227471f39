package dev.checkout.fulfilment.api;

/** The realm roles this service admits (deploy/keycloak/checkout-realm.json). */
public final class Roles {

    public static final String SUPPORT = "support";
    /** A signed-in shopper: reads the shipments of their own orders only. */
    public static final String CUSTOMER = "customer";

    private Roles() {
    }
}
