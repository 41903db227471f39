package dev.checkout.order.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "catalog")
public interface CatalogConfig {

    Demo demo();

    interface Demo {

        /** Loads a small demo catalog at start; off in prod, where operators manage it with PUT /products. */
        @WithDefault("false")
        boolean enabled();
    }
}
