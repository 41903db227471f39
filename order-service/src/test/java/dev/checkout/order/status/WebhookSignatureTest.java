package dev.checkout.order.status;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    private static final String BODY = "{\"orderId\":\"1f0c6a8e-3b7d-4c55-9a1e-2f4b8d9c0e11\",\"seq\":1}";

    @Test
    void signsTheTimestampAndTheBodyAsTheReadmeShowsWithOpenssl() {
        // printf '%s' "1700000000.$BODY" | openssl dgst -sha256 -hmac whsec_example
        assertThat(new WebhookSignature("whsec_example").sign(1700000000L, BODY))
                .isEqualTo("v1=e26a88fdbd628f673bfa086d5288b1a4694416bc0e47b7a46ea0acdfdf603cba");
    }

    @Test
    void anotherTimestampOrBodyOrSecretGivesAnotherSignature() {
        String signature = new WebhookSignature("whsec_example").sign(1700000000L, BODY);

        assertThat(new WebhookSignature("whsec_example").sign(1700000001L, BODY)).isNotEqualTo(signature);
        assertThat(new WebhookSignature("whsec_example").sign(1700000000L, BODY + " ")).isNotEqualTo(signature);
        assertThat(new WebhookSignature("whsec_other").sign(1700000000L, BODY)).isNotEqualTo(signature);
    }
}
