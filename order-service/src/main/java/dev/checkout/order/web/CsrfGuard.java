package dev.checkout.order.web;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Set;

/**
 * Cross-site request forgery: a request that changes something and is signed in by the session cookie alone (the
 * signed-in checkout, the console's replay and discard) must carry its session's token in {@value
 * SessionCsrfTokens#HEADER}, or it is refused before anything happens. A browser adds the cookie to another site's
 * request too, but not the header: that site cannot read the token, and no CORS lets it set a header here. Bearer-token
 * clients and guests send no session cookie, so they need no token. The session cookie is SameSite=Lax besides.
 */
public class CsrfGuard {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final CurrentIdentityAssociation identities;
    private final SessionCsrfTokens tokens;

    CsrfGuard(CurrentIdentityAssociation identities, SessionCsrfTokens tokens) {
        this.identities = identities;
        this.tokens = tokens;
    }

    @ServerRequestFilter
    Uni<Void> requireToken(HttpServerRequest request) {
        if (SAFE_METHODS.contains(request.method().name()) || !WebSession.carriesSession(request)) {
            return Uni.createFrom().voidItem();
        }
        String presented = request.getHeader(SessionCsrfTokens.HEADER);
        return identities.getDeferredIdentity().invoke(caller -> {
            // Signed in by the session (anyone else acts as a guest, on nobody's behalf): the token must match.
            if (SessionCsrfTokens.bySession(caller) && !tokens.admits(caller, presented)) {
                throw new CsrfTokenRefused();
            }
        }).replaceWithVoid();
    }
}
