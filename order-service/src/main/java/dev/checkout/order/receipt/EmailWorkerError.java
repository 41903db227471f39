package dev.checkout.order.receipt;

/** The email-worker answered with a status other than 200 or 404. */
final class EmailWorkerError extends RuntimeException {

    EmailWorkerError(int status) {
        super("the email-worker answered " + status, null, false, false);
    }
}
