package dev.checkout.order.payment;

/** The provider refused the card: an answer, not a fault, so it is never retried nor counted against the circuit. */
public class ChargeDeclined extends RuntimeException {

    private final String declineCode;

    public ChargeDeclined(String declineCode) {
        super("card declined: " + declineCode, null, false, false);
        this.declineCode = declineCode;
    }

    public String declineCode() {
        return declineCode;
    }
}
