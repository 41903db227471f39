package dev.checkout.order.console;

import dev.checkout.order.web.SessionCsrfTokens;
import dev.checkout.order.web.WebSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The dead-letter console for SREs: one page across every service's parking lots (web/console.js fills it from
 * {@link ConsoleApi}). People sign in with the identity provider (the "web" OIDC tenant, authorization code with
 * PKCE); role {@code sre}.
 * Pages and their plumbing, not API: hidden from the OpenAPI document.
 */
@Path("/console")
@RolesAllowed(ConsolePages.SRE)
@Produces(MediaType.TEXT_HTML)
public class ConsolePages {

    static final String SRE = "sre";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance console(String operator, String csrfToken);
    }

    private final SecurityIdentity identity;
    private final SessionCsrfTokens csrfTokens;

    ConsolePages(SecurityIdentity identity, SessionCsrfTokens csrfTokens) {
        this.identity = identity;
        this.csrfTokens = csrfTokens;
    }

    /** With the session's anti-CSRF token, which the script's replays and discards carry. */
    @GET
    @Operation(hidden = true)
    public TemplateInstance console() {
        return Templates.console(identity.getPrincipal().getName(), csrfTokens.of(identity).orElse(null));
    }

    /** Someone not signed in, or whose session no longer signs them in, goes to the sign-in (see WebSession). */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    Uni<Response> signIn(RoutingContext context) {
        return WebSession.challenge(context);
    }
}
