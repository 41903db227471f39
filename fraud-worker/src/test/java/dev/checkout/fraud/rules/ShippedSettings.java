package dev.checkout.fraud.rules;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;

/** A rule's settings as the service ships them (application.properties), read through the real config mapping. */
public final class ShippedSettings {

    private ShippedSettings() {
    }

    public static <T> T of(Class<T> mapping) {
        return of(mapping, Map.of());
    }

    /** As shipped, with these environment variables set (they take precedence, as in the running service). */
    public static <T> T of(Class<T> mapping, Map<String, String> environment) {
        try {
            return new SmallRyeConfigBuilder()
                    .withSources(new PropertiesConfigSource(
                            ShippedSettings.class.getClassLoader().getResource("application.properties")))
                    .withSources(new EnvConfigSource(environment, 300))
                    // Quarkus reads "1h" as a Duration; plain SmallRye Config needs its converter for that.
                    .withConverter(Duration.class, 200, new DurationConverter())
                    .withMapping(mapping)
                    .build()
                    .getConfigMapping(mapping);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
