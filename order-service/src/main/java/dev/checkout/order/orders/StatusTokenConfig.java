package dev.checkout.order.orders;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The status tokens a guest's checkout answers. */
@ConfigMapping(prefix = "order-access")
public interface StatusTokenConfig {

    /** How long a status token reads its order. */
    @WithDefault("30d")
    Duration statusTokenLifetime();

    /** How often expired tokens are deleted (a scheduler expression, e.g. 1h). */
    String cleanupEvery();

    /** The keys of the signed status links that the email-worker puts in a guest's confirmation email. */
    StatusLink statusLink();

    interface StatusLink {

        /** {@code <id>:<base64 secret>}, the same key the email-worker signs with. */
        String currentKey();

        /** The key that signed until the last rotation; its links read their orders until they expire. */
        Optional<String> previousKey();
    }
}
