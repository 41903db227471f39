package dev.checkout.order.web;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * The anti-CSRF token of a signed-in session: an HMAC of the session's id (the identity provider's {@code sid}) under a
 * key derived from the session secret. The pages carry it and their scripts send it back in a header, which another
 * site can neither read nor send (no CORS is allowed here). Nothing is stored: every replica derives the same token
 * for the same session, and a new sign-in gets a new one.
 */
@ApplicationScoped
public class SessionCsrfTokens {

    /** The request header the pages' scripts send the token in. */
    public static final String HEADER = "X-CSRF-Token";

    private final SecretKeySpec key;

    SessionCsrfTokens(@ConfigProperty(name = "quarkus.oidc.web.token-state-manager.encryption-secret") String secret) {
        // A key of its own, derived from the session secret: a token never says anything about the cookie's key.
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"),
                "checkout-web-csrf"), "HmacSHA256");
    }

    /** The token of the caller's session; empty for anyone not signed in with the session cookie. */
    public Optional<String> of(SecurityIdentity caller) {
        return sessionId(caller).map(sid -> Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, sid)));
    }

    /** Whether {@code presented} is the token of the caller's session. */
    boolean admits(SecurityIdentity caller, String presented) {
        return presented != null && of(caller).map(expected -> MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))).orElse(false);
    }

    /** Whether the caller was signed in by the session cookie: only a code-flow session has an ID token credential. */
    static boolean bySession(SecurityIdentity caller) {
        return !caller.isAnonymous() && caller.getCredential(IdTokenCredential.class) != null;
    }

    /** The session's id; a session without one has no token, so nothing it sends with the cookie is admitted. */
    private static Optional<String> sessionId(SecurityIdentity caller) {
        return bySession(caller) && caller.getPrincipal() instanceof JsonWebToken token
                ? Optional.ofNullable(token.<String>getClaim("sid")) : Optional.empty();
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
