package dev.checkout.order.status;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Signs a webhook delivery so the receiver can check it came from this service and was not altered or replayed:
 * {@code Webhook-Signature: v1=<hex HMAC-SHA256(secret, "<Webhook-Timestamp>.<body>")>}. The timestamp is inside the
 * signature, so a receiver that refuses old timestamps refuses replayed requests too.
 */
final class WebhookSignature {

    static final String ID_HEADER = "Webhook-Id";
    static final String TIMESTAMP_HEADER = "Webhook-Timestamp";
    static final String SIGNATURE_HEADER = "Webhook-Signature";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    WebhookSignature(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The value of the signature header for a body sent at {@code epochSeconds}. */
    String sign(long epochSeconds, String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((epochSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has " + ALGORITHM, e);
        }
    }
}
