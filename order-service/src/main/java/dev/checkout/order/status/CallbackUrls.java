package dev.checkout.order.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which callback URLs the service accepts: absolute http(s) URLs (https only if so configured) whose host is on the
 * allow-list, without user info. Where that host may lead is checked on every delivery attempt, when it is resolved
 * ({@link CallbackAddresses}).
 */
@ApplicationScoped
public class CallbackUrls {

    private final Set<String> allowedHosts;
    private final boolean requireHttps;

    @Inject
    CallbackUrls(StatusConfig config) {
        this(config.webhooks().allowedHosts().orElse(Set.of()), config.webhooks().requireHttps());
    }

    CallbackUrls(Set<String> allowedHosts, boolean requireHttps) {
        this.allowedHosts = allowedHosts.stream().map(CallbackUrls::normalized).collect(Collectors.toUnmodifiableSet());
        this.requireHttps = requireHttps;
    }

    /** Fails with {@link CallbackUrlNotAllowed} unless {@code url} is absent or allowed. */
    public void check(String url) {
        if (url == null) {
            return;
        }
        URI uri = parse(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && (requireHttps || !scheme.equals("http"))) {
            throw new CallbackUrlNotAllowed(requireHttps ? "it must be an https URL"
                    : "it must be an http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new CallbackUrlNotAllowed("it must not contain user info");
        }
        if (!isAllowed(normalized(uri.getHost()))) {
            throw new CallbackUrlNotAllowed("its host " + uri.getHost() + " is not on the allow-list");
        }
    }

    private boolean isAllowed(String host) {
        return allowedHosts.stream().anyMatch(allowed -> allowed.startsWith("*.")
                ? host.endsWith(allowed.substring(1))
                : host.equals(allowed));
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new CallbackUrlNotAllowed("it must be an absolute URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new CallbackUrlNotAllowed("it is not a valid URL");
        }
    }

    /** Host names compare case-insensitively, and "example.com." is "example.com". */
    private static String normalized(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
