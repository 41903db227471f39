package dev.checkout.order.orders;

import java.security.SecureRandom;
import java.util.Base64;

/** A new Standard Webhooks secret: {@code whsec_} and the base64 of 32 random bytes. */
public final class WebhookSecret {

    public static final String PREFIX = "whsec_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecret() {
    }

    public static String generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }
}
