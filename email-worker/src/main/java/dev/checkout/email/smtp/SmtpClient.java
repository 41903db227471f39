package dev.checkout.email.smtp;

import dev.checkout.messaging.consumer.PermanentFailure;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.time.temporal.ChronoUnit;

/**
 * The SMTP server as this service sees it: every send is bounded by a timeout and goes through one circuit breaker,
 * so a server that is down or hanging is noticed after a few failures and then not called until the breaker's
 * delay has passed. A rejected recipient is the server working as it should: it does not count against the
 * breaker. Tune with MicroProfile Fault Tolerance properties in the annotations' unit (seconds), e.g.
 * {@code dev.checkout.email.smtp.SmtpClient/send/Timeout/value} or {@code .../CircuitBreaker/delay}.
 */
@ApplicationScoped
public class SmtpClient {

    static final String CIRCUIT = "smtp";

    private final ReactiveMailer mailer;

    SmtpClient(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    @AsynchronousNonBlocking
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 3, failureRatio = 0.6, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = PermanentFailure.class)
    @CircuitBreakerName(CIRCUIT)
    public Uni<Void> send(Mail mail) {
        // Deferred: the mailer validates addresses by throwing rather than by failing its Uni.
        return Uni.createFrom().deferred(() -> mailer.send(mail)).onFailure().transform(SmtpFailures::classify);
    }
}
