package dev.checkout.order.status;

import dev.checkout.order.orders.WebhookSecret;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook delivery as the Standard Webhooks specification says (https://www.standardwebhooks.com), so any of
 * its verifiers can check it came from this service and was not altered or replayed: {@code webhook-signature:
 * v1,<base64 HMAC-SHA256(key, "<webhook-id>.<webhook-timestamp>.<body>")>}, the key being the bytes a secret
 * {@code whsec_<base64>} encodes. Id and timestamp are inside the signature, so a receiver that refuses old timestamps
 * and ids it has seen refuses replayed requests too.
 */
final class WebhookSignature {

    static final String ID_HEADER = "Webhook-Id";
    static final String TIMESTAMP_HEADER = "Webhook-Timestamp";
    static final String SIGNATURE_HEADER = "Webhook-Signature";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    WebhookSignature(String secret) {
        if (!secret.startsWith(WebhookSecret.PREFIX)) {
            throw new IllegalArgumentException("a webhook secret is whsec_<base64 of 24 to 64 random bytes>");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(secret.substring(WebhookSecret.PREFIX.length()));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("a webhook secret is whsec_<base64 of 24 to 64 random bytes>");
        }
        if (bytes.length < 24 || bytes.length > 64) {
            throw new IllegalArgumentException("a webhook secret is whsec_<base64 of 24 to 64 random bytes>");
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** The value of the signature header for message {@code id} with {@code body}, sent at {@code epochSeconds}. */
    String sign(String id, long epochSeconds, String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((id + "." + epochSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has " + ALGORITHM, e);
        }
    }
}
