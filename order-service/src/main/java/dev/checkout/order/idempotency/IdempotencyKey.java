package dev.checkout.order.idempotency;

import java.util.Optional;
import java.util.regex.Pattern;

/** The client's {@code Idempotency-Key} header: any printable ASCII string of 1 to 255 characters, e.g. a UUID. */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";

    private static final Pattern PRINTABLE = Pattern.compile("[\\x21-\\x7E]([\\x20-\\x7E]{0,253}[\\x21-\\x7E])?");

    /** Empty when the header is absent; fails with {@link InvalidIdempotencyKey} when it is malformed. */
    public static Optional<IdempotencyKey> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (!PRINTABLE.matcher(header).matches()) {
            throw new InvalidIdempotencyKey();
        }
        return Optional.of(new IdempotencyKey(header));
    }
}
