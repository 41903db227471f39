package dev.checkout.order.web;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pages' scripts and styles by versioned URL: {@code /web/shop.js?v=<hash of its content>}. Quarkus serves
 * {@code /web/*} as immutable for a day, so a browser keeps what it fetched; a changed file gets a new URL, which the
 * next page it loads names. Templates write {@code {inject:assets.url('shop.js')}}. Hashed once at start, off the
 * event loop.
 */
@Startup
@ApplicationScoped
@Named("assets")
public class WebAssets {

    private static final List<String> FILES = List.of("common.js", "shop.js", "order.js", "console.js", "pages.css");
    private static final String ROOT = "META-INF/resources/web/";

    private final Map<String, String> urls;

    WebAssets() {
        this.urls = FILES.stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
                file -> "/web/" + file + "?v=" + contentHash(file)));
    }

    /** The versioned URL of one of {@link #FILES}. */
    public String url(String file) {
        String url = urls.get(file);
        if (url == null) {
            throw new IllegalArgumentException("No such page asset: " + file);
        }
        return url;
    }

    /** The first 12 hex digits of the SHA-256 of the file as served. */
    private static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String contentHash(String file) {
        try (InputStream content = Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + file)) {
            if (content == null) {
                throw new IllegalStateException("The page asset " + ROOT + file + " is missing");
            }
            return hash(content.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
