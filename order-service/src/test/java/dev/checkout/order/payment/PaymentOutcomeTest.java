package dev.checkout.order.payment;

import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Only a failure that certainly charged nothing may cancel an order at once; anything else must be asked again. */
class PaymentOutcomeTest {

    @Test
    void aDeclineIsAnAnswer() {
        assertThat(PaymentOutcome.ofFailure(new ChargeDeclined("expired_card")))
                .isEqualTo(new PaymentOutcome.Declined("expired_card"));
    }

    @Test
    void aFailedChargeIsADeclineWithAReason() {
        ProviderApi.Charge failed = new ProviderApi.Charge("ch_1", ProviderApi.STATUS_FAILED, 100, "EUR", null, null,
                Instant.now());
        assertThat(PaymentOutcome.of(failed)).isEqualTo(new PaymentOutcome.Declined("card_declined"));
    }

    @Test
    void certainlyNotCharged() {
        assertThat(PaymentOutcome.ofFailure(new CircuitBreakerOpenException())).isInstanceOf(PaymentOutcome.Unavailable.class);
        assertThat(PaymentOutcome.ofFailure(new BulkheadException())).isInstanceOf(PaymentOutcome.Unavailable.class);
        assertThat(PaymentOutcome.ofFailure(ProviderError.of(503))).isInstanceOf(PaymentOutcome.Unavailable.class);
        assertThat(PaymentOutcome.ofFailure(ProviderError.of(429))).isInstanceOf(PaymentOutcome.Unavailable.class);
        assertThat(PaymentOutcome.ofFailure(ProviderError.of(401))).isInstanceOf(PaymentOutcome.Unavailable.class);
        assertThat(PaymentOutcome.ofFailure(new ProcessingException(new ConnectException("refused"))))
                .isInstanceOf(PaymentOutcome.Unavailable.class);
    }

    @Test
    void possiblyCharged() {
        assertThat(PaymentOutcome.ofFailure(new TimeoutException())).isInstanceOf(PaymentOutcome.Unknown.class);
        assertThat(PaymentOutcome.ofFailure(ProviderError.of(500))).isInstanceOf(PaymentOutcome.Unknown.class);
        assertThat(PaymentOutcome.ofFailure(ProviderError.of(504))).isInstanceOf(PaymentOutcome.Unknown.class);
        assertThat(PaymentOutcome.ofFailure(new ProcessingException(new IOException("connection reset"))))
                .isInstanceOf(PaymentOutcome.Unknown.class);
    }
}
