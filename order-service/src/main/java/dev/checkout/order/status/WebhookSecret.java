package dev.checkout.order.status;

import java.security.SecureRandom;
import java.util.Base64;

/** A new Standard Webhooks secret: {@code whsec_} and the base64 of 32 random bytes. */
public final class WebhookSecret {

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecret() {
    }

    public static String generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return WebhookSignature.SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }
}
