package dev.checkout.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The documented limits of every API's requests. Netty enforces its own, higher ones
 * ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}, set in this library's
 * {@code microprofile-config.properties}) and answers those with an empty body before any handler runs, so the
 * limits a client meets are these, answered with a problem document.
 */
@ConfigMapping(prefix = "http-problems.limits")
public interface HttpLimits {

    /** Longest request target (path and query), in characters: 414 beyond. */
    @WithDefault("4096")
    int maxRequestTarget();

    /** Largest total of the request's header names and values: 431 beyond. */
    @WithDefault("16K")
    MemorySize maxHeaderSize();
}
