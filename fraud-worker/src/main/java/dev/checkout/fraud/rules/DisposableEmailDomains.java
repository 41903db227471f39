package dev.checkout.fraud.rules;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The maintained list of disposable email domains shipped with the worker ({@value #RESOURCE}; its header names
 * the source and licence). Read once at startup, never while handling a message.
 */
@Startup
@Singleton
public class DisposableEmailDomains {

    static final String RESOURCE = "fraud/disposable-email-domains.txt";

    private final Set<String> domains;

    DisposableEmailDomains() {
        this(read(RESOURCE));
    }

    DisposableEmailDomains(Set<String> domains) {
        this.domains = domains;
    }

    /** The listed domain that this one is, or is a subdomain of (mail.mailinator.com is under mailinator.com). */
    Optional<String> listed(String domain) {
        String candidate = domain.toLowerCase(Locale.ROOT);
        while (candidate.indexOf('.') > 0) {
            if (domains.contains(candidate)) {
                return Optional.of(candidate);
            }
            candidate = candidate.substring(candidate.indexOf('.') + 1);
        }
        return Optional.empty();
    }

    private static Set<String> read(String resource) {
        try (InputStream in = DisposableEmailDomains.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The disposable email domain list " + resource + " is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return lines.lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
