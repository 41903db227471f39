package dev.checkout.messaging.dlq;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The cause of a failure, with the parts that vary from message to message (ids, numbers) taken out, so that
 * "order 1f0c… not found" and "order 9a2b… not found" land in one group.
 */
record FailureCause(String exceptionType, String message) {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    static FailureCause of(String exceptionType, String message) {
        String normalised = message == null ? "" : NUMBER.matcher(UUID.matcher(message).replaceAll("<id>")).replaceAll("<n>");
        return new FailureCause(exceptionType == null ? "unknown" : exceptionType, normalised);
    }

    /** A short, stable id for URLs and commands. */
    String id() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((exceptionType + '\n' + message).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
