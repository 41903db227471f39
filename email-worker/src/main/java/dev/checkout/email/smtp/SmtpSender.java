package dev.checkout.email.smtp;

import dev.checkout.messaging.consumer.DownstreamUnavailable;
import dev.checkout.messaging.consumer.PermanentFailure;
import io.quarkus.mailer.Mail;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends through the {@link SmtpClient} and tells the consumer when the SMTP server is known to be down: a failure
 * that leaves the circuit open (the one that opened it, a failed trial while half-open, or a call the open circuit
 * refused) becomes {@link DownstreamUnavailable}, so the consumer holds the message and pauses instead of spending
 * the message's retry tiers on an outage. Failures while the circuit stays closed are transient as they are.
 */
@ApplicationScoped
public class SmtpSender {

    private final SmtpClient client;
    private final CircuitBreakerMaintenance circuits;

    SmtpSender(SmtpClient client, CircuitBreakerMaintenance circuits) {
        this.client = client;
        this.circuits = circuits;
    }

    public Uni<Void> send(Mail mail) {
        return client.send(mail)
                .onFailure(this::serverDown)
                .transform(failure -> new DownstreamUnavailable("SMTP server unavailable: " + failure.getMessage(), failure));
    }

    private boolean serverDown(Throwable failure) {
        return !(failure instanceof PermanentFailure) && circuits.currentState(SmtpClient.CIRCUIT) != CircuitBreakerState.CLOSED;
    }
}
