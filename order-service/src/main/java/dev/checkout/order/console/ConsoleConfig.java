package dev.checkout.order.console;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Whose parking lots the dead-letter console shows: each service's name and the base URL of its API port. */
@ConfigMapping(prefix = "dlq-console")
public interface ConsoleConfig {

    /** By service name, e.g. {@code email-worker=http://email-worker:8081}; each serves {@code /admin/dlq}. */
    Map<String, URI> services();

    /** How long the console waits for one service before showing it as unreachable. */
    @WithDefault("5s")
    Duration timeout();
}
