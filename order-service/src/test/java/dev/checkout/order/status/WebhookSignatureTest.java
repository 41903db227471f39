package dev.checkout.order.status;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The signature is the Standard Webhooks one: checked against the Standard Webhooks project's Java library (an
 * independent implementation of the spec) and against the example of the spec's reference implementation.
 */
class WebhookSignatureTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String BODY = "{\"orderId\":\"1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11\",\"seq\":1}";
    private static final String ID = "1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11:1";

    @Test
    void signsAsTheSpecsExampleShows() {
        assertThat(new WebhookSignature(SECRET).sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aStandardWebhooksVerifierAcceptsItsSignatureAndRefusesAnyChange() throws Exception {
        long now = Instant.now().getEpochSecond();
        String signature = new WebhookSignature(SECRET).sign(ID, now, BODY);

        assertThatCode(() -> new Webhook(SECRET).verify(BODY, headers(ID, now, signature))).doesNotThrowAnyException();
        assertThatThrownBy(() -> new Webhook(SECRET).verify(BODY + " ", headers(ID, now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(SECRET).verify(BODY, headers(ID + "0", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(SECRET).verify(BODY, headers(ID, now - 1, signature)))
                .isInstanceOf(WebhookVerificationException.class);
        String otherSecret = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
        assertThatThrownBy(() -> new Webhook(otherSecret).verify(BODY, headers(ID, now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void refusesASecretNotInTheSpecsForm() {
        for (String secret : new String[] {"local-webhook-secret", "whsec_not base64!", "whsec_c2hvcnQ="}) {
            assertThatThrownBy(() -> new WebhookSignature(secret)).as(secret).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static Map<String, List<String>> headers(String id, long timestamp, String signature) {
        return Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(String.valueOf(timestamp)),
                "webhook-signature", List.of(signature));
    }
}
