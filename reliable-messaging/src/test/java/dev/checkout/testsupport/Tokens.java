package dev.checkout.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Access tokens of the demo users (deploy/keycloak/checkout-realm.json, password {@code <user>-password}), issued by
 * the Keycloak that {@code ./suite test} starts: the services verify them exactly as they verify a shopper's. The
 * realm's URL is KEYCLOAK_REALM_URL, by default the local one.
 */
public final class Tokens {

    public static final String REALM_URL =
            System.getenv().getOrDefault("KEYCLOAK_REALM_URL", "http://127.0.0.1:8180/realms/checkout");
    private static final String CLIENT = "checkout-service";
    // Its access tokens live one second: the honest way to get a token the provider itself let expire.
    private static final String SHORT_LIVED_CLIENT = "checkout-short-lived";
    private static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Issued> VALID = new ConcurrentHashMap<>();
    private static final Map<String, String> EXPIRED = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A valid access token of the user, reused while it has more than a minute to live. */
    public static String of(String user) {
        return VALID.compute(user, (name, issued) -> issued != null
                && issued.expiresAt().isAfter(Instant.now().plus(REFRESH_BEFORE_EXPIRY))
                ? issued : issue(CLIENT, name)).token();
    }

    /**
     * A valid access token of a client's own service account (client credentials, secret {@code <client>-secret}): a
     * service calling another as itself, e.g. order-service.
     */
    public static String ofClient(String client) {
        return VALID.compute("client:" + client, (key, issued) -> issued != null
                && issued.expiresAt().isAfter(Instant.now().plus(REFRESH_BEFORE_EXPIRY))
                ? issued : request(client, Map.of("grant_type", "client_credentials", "client_id", client,
                "client_secret", client + "-secret"))).token();
    }

    /** An access token of the user that has expired: issued with a one-second lifetime, and waited out. */
    public static String expired(String user) {
        return EXPIRED.computeIfAbsent(user, name -> {
            Issued issued = issue(SHORT_LIVED_CLIENT, name);
            // exp has whole seconds; a second more is past it on any rounding.
            sleepUntil(issued.expiresAt().plusSeconds(1));
            return issued.token();
        });
    }

    /** The user's subject (sub), the id the services know them by. */
    public static String subject(String user) {
        String payload = of(user).split("\\.")[1];
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(payload)).get("sub").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Issued issue(String client, String user) {
        return request(user, Map.of("grant_type", "password", "client_id", client,
                "client_secret", client + "-secret", "username", user, "password", user + "-password"));
    }

    private static Issued request(String who, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Instant requestedAt = Instant.now();
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(REALM_URL + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .timeout(Duration.ofSeconds(20))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + who + " (" + response.statusCode()
                        + "): " + response.body());
            }
            JsonNode token = JSON.readTree(response.body());
            return new Issued(token.get("access_token").asText(),
                    requestedAt.plusSeconds(token.get("expires_in").asLong()));
        } catch (IOException e) {
            throw new IllegalStateException("No token from Keycloak at " + REALM_URL
                    + "; ./suite test starts it (or run the suite's start of Keycloak first)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleepUntil(Instant instant) {
        try {
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), instant).toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Issued(String token, Instant expiresAt) {
    }
}
