package dev.checkout.fraud.assessment;

/** What happens to an order: let it through, have a person look at it, or stop it. */
public enum Decision {
    CLEAR, REVIEW, REJECT
}
