package dev.checkout.messaging.statuslink;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Signed, expiring tokens that read one order's status, for the links a guest gets by email: the email-worker signs
 * them, order-service verifies them. An HMAC over the order id and the expiry needs no row and no call between the
 * two services; the key id in each token lets a new key sign while the previous one still verifies.
 *
 * <p>A key is written {@code <id>:<base64 secret>}, the secret at least 32 bytes. A token reads
 * {@code v1.<key id>.<expiry, epoch seconds>.<base64url HMAC-SHA256>}.
 */
public final class StatusLinkKeys {

    private static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_SECRET_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Base64.Encoder MAC_ENCODING = Base64.getUrlEncoder().withoutPadding();

    private final String signingKeyId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    /**
     * @param current  the key that signs (and verifies)
     * @param previous a key that only verifies, during a rotation
     * @throws IllegalArgumentException naming what is wrong with a key, without its secret
     */
    public StatusLinkKeys(String current, Optional<String> previous) {
        signingKeyId = add("current", current);
        previous.ifPresent(key -> {
            if (add("previous", key).equals(signingKeyId)) {
                throw new IllegalArgumentException("the previous status-link key has the current key's id");
            }
        });
    }

    /** A token that reads this order until {@code expiresAt}. */
    public String sign(UUID orderId, Instant expiresAt) {
        String unsigned = VERSION + "." + signingKeyId + "." + expiresAt.getEpochSecond();
        return unsigned + "." + mac(keys.get(signingKeyId), unsigned, orderId);
    }

    /** Whether {@code token} was signed by one of these keys for this order and has not expired at {@code now}. */
    public boolean admits(UUID orderId, String token, Instant now) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            return false;
        }
        SecretKeySpec key = keys.get(parts[1]);
        long expiry;
        try {
            expiry = Long.parseLong(parts[2]);
        } catch (NumberFormatException e) {
            return false;
        }
        if (key == null || !now.isBefore(Instant.ofEpochSecond(expiry))) {
            return false;
        }
        String expected = mac(key, parts[0] + "." + parts[1] + "." + parts[2], orderId);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                parts[3].getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether a token claims to be one of these (so a caller can tell it from any other kind of token). */
    public static boolean looksSigned(String token) {
        return token.startsWith(VERSION + ".");
    }

    private String add(String role, String key) {
        int colon = key.indexOf(':');
        String id = colon < 0 ? "" : key.substring(0, colon);
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("the " + role + " status-link key must read <id>:<base64 secret>, "
                    + "the id 1-32 letters, digits, '-' or '_'");
        }
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(key.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + role + " status-link key's secret is not base64");
        }
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the " + role + " status-link key's secret has " + secret.length
                    + " bytes; at least " + MIN_SECRET_BYTES + " are needed");
        }
        keys.put(id, new SecretKeySpec(secret, ALGORITHM));
        return id;
    }

    private static String mac(SecretKeySpec key, String unsigned, UUID orderId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return MAC_ENCODING.encodeToString(
                    mac.doFinal((unsigned + "." + orderId).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has " + ALGORITHM, e);
        }
    }
}
