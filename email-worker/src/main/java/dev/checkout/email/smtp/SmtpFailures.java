package dev.checkout.email.smtp;

import dev.checkout.messaging.consumer.PermanentFailure;
import io.vertx.ext.mail.SMTPException;

/**
 * Which SMTP failures no retry can fix. The Vert.x mail client reports a reply it did not expect as an
 * {@link SMTPException} carrying the reply code and lines, its message naming the command that failed; a 5xx reply
 * to {@code RCPT TO} means the server refuses that recipient for good. Everything else (refused connections,
 * timeouts, 4xx replies, a 5xx to another command, which says more about the server than about the email) is left
 * as it is: transient, for the retry tiers and the circuit breaker.
 */
final class SmtpFailures {

    static final String RECIPIENT_REJECTED = "recipient_rejected";
    static final String RECIPIENT_INVALID = "recipient_invalid";

    /** How the Vert.x mail client starts the message of a failed RCPT TO. */
    private static final String RCPT_FAILED = "recipient address not accepted";

    private SmtpFailures() {
    }

    static Throwable classify(Throwable failure) {
        if (failure instanceof SMTPException smtp && smtp.isPermanent() && smtp.getMessage().startsWith(RCPT_FAILED)) {
            return new PermanentFailure(RECIPIENT_REJECTED, String.join("\n", smtp.getReplyMessages()), smtp);
        }
        // The mailer checks addresses before it connects and throws this when one cannot be parsed.
        if (failure instanceof IllegalArgumentException) {
            return new PermanentFailure(RECIPIENT_INVALID, failure.getMessage(), failure);
        }
        return failure;
    }
}
