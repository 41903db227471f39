package dev.checkout.email.delivery;

import java.util.Optional;
import java.util.UUID;

/** Order ids as the contract writes them: canonical UUIDs. */
public final class OrderIds {

    private OrderIds() {
    }

    /** Empty unless the text is a UUID in its canonical form ({@link UUID#fromString} also takes "1-1-1-1-1"). */
    public static Optional<UUID> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(text);
            return id.toString().equalsIgnoreCase(text) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
