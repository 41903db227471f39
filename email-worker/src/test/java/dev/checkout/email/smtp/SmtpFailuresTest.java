package dev.checkout.email.smtp;

import dev.checkout.messaging.consumer.FailureKind;
import dev.checkout.messaging.consumer.PermanentFailure;
import io.vertx.ext.mail.SMTPException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpFailuresTest {

    @Test
    void aRecipientRefusedWith5xxIsPermanentWithTheServersReply() {
        SMTPException refused = new SMTPException("recipient address not accepted", 550,
                List.of("550 5.1.1 <jana@example.de>: Recipient address rejected: User unknown"), true);

        Throwable classified = SmtpFailures.classify(refused);

        assertThat(classified).isInstanceOf(PermanentFailure.class)
                .hasMessage("550 5.1.1 <jana@example.de>: Recipient address rejected: User unknown")
                .hasCause(refused);
        assertThat(((PermanentFailure) classified).reasonCode()).isEqualTo("recipient_rejected");
        assertThat(FailureKind.of(classified)).isEqualTo(FailureKind.PERMANENT);
    }

    @Test
    void aMultiLineReplyIsKeptWhole() {
        SMTPException refused = new SMTPException("recipient address not accepted", 554,
                List.of("554-5.7.1 Relay access denied", "554 5.7.1 see the postmaster"), false);

        assertThat(SmtpFailures.classify(refused)).hasMessage("554-5.7.1 Relay access denied\n554 5.7.1 see the postmaster");
    }

    @Test
    void aRecipientDeferredWith4xxIsTransient() {
        SMTPException greylisted = new SMTPException("recipient address not accepted", 450,
                List.of("450 4.2.0 <jana@example.de>: Recipient address rejected: Greylisted"), true);

        assertThat(SmtpFailures.classify(greylisted)).isSameAs(greylisted);
        assertThat(FailureKind.of(SmtpFailures.classify(greylisted))).isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void a5xxToAnotherCommandSaysMoreAboutTheServerThanTheEmailAndIsTransient() {
        SMTPException sender = new SMTPException("sender address not accepted", 553,
                List.of("553 5.7.1 <orders@checkout.local>: Sender address rejected: not owned by user"), true);
        SMTPException login = new SMTPException("authentication failed", 535,
                List.of("535 5.7.8 Authentication credentials invalid"), true);

        assertThat(SmtpFailures.classify(sender)).isSameAs(sender);
        assertThat(SmtpFailures.classify(login)).isSameAs(login);
    }

    @Test
    void refusedConnectionsAndTimeoutsAreTransient() {
        ConnectException refused = new ConnectException("Connection refused: /127.0.0.1:3025");
        TimeoutException timeout = new TimeoutException("SmtpClient#send timed out");

        assertThat(SmtpFailures.classify(refused)).isSameAs(refused);
        assertThat(SmtpFailures.classify(timeout)).isSameAs(timeout);
        assertThat(FailureKind.of(refused)).isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void anAddressTheMailerCannotParseIsPermanent() {
        IllegalArgumentException invalid = new IllegalArgumentException("Unable to send an email, an email address is invalid");

        Throwable classified = SmtpFailures.classify(invalid);

        assertThat(classified).isInstanceOf(PermanentFailure.class).hasCause(invalid);
        assertThat(((PermanentFailure) classified).reasonCode()).isEqualTo("recipient_invalid");
    }
}
