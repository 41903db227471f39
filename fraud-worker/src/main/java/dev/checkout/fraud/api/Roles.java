package dev.checkout.fraud.api;

/** The realm roles this service admits (deploy/keycloak/checkout-realm.json). */
public final class Roles {

    public static final String FRAUD_REVIEWER = "fraud-reviewer";
    public static final String SUPPORT = "support";

    private Roles() {
    }
}
