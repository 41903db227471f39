package dev.checkout.order.web;

import dev.checkout.order.orders.Shoppers;
import dev.checkout.order.status.StreamedEventTypes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.Authenticated;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.UUID;

/**
 * The shop's pages for people: the catalog with a checkout form, and an order's live status. They are shells that
 * the script (web/shop.js) fills from the JSON API the page is served next to, so the page and the API can never
 * disagree. Open to anyone: a guest shops and follows their order with the status token its checkout answered; a
 * customer who signed in (the "web" tenant's session, see {@link WebSession}) shops as themselves and follows their
 * orders with the session, which also carries the page's anti-CSRF token.
 * Pages and their plumbing, not API: hidden from the OpenAPI document.
 */
@Path("/shop")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ShopPages {

    /** Who is shopping, as the pages show it: nobody (a guest), or a signed-in person and whether they may buy. */
    public record Shopper(String name, boolean customer, String csrfToken) {

        static final Shopper GUEST = new Shopper(null, false, null);

        public boolean signedIn() {
            return name != null;
        }
    }

    private final StreamedEventTypes eventTypes;
    private final CurrentIdentityAssociation identities;
    private final SessionCsrfTokens csrfTokens;

    ShopPages(StreamedEventTypes eventTypes, CurrentIdentityAssociation identities, SessionCsrfTokens csrfTokens) {
        this.eventTypes = eventTypes;
        this.identities = identities;
        this.csrfTokens = csrfTokens;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance shop(Shopper shopper);

        static native TemplateInstance order(UUID orderId, String eventTypes, Shopper shopper);
    }

    @GET
    @Operation(hidden = true)
    public Uni<TemplateInstance> shop() {
        return shopper().map(Templates::shop);
    }

    @GET
    @Path("/orders/{id}")
    @Operation(hidden = true)
    public Uni<TemplateInstance> order(@RestPath UUID id) {
        String types = String.join(" ", eventTypes.names());
        return shopper().map(shopper -> Templates.order(id, types, shopper));
    }

    /** Signs in with the identity provider (the challenge below), then back to the shop. */
    @GET
    @Path("/sign-in")
    @Authenticated
    @Operation(hidden = true)
    public Response signIn() {
        return Response.seeOther(URI.create("/shop")).build();
    }

    /**
     * Signs out: with a session, the web tenant answers this path itself (its logout path), ending the session at the
     * identity provider, which sends the browser back to the shop. Without a usable one there is nothing to end.
     */
    @GET
    @Path("/sign-out")
    @Operation(hidden = true)
    public Uni<Response> signOut(RoutingContext context) {
        return identities.getDeferredIdentity()
                .onFailure(AuthenticationFailedException.class).invoke(unusable -> WebSession.forget(context))
                .onFailure(AuthenticationFailedException.class).recoverWithNull()
                .map(nothingToEnd -> Response.seeOther(URI.create("/shop")).build());
    }

    /** Someone not signed in, or whose session no longer signs them in, goes to the sign-in (see WebSession). */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    Uni<Response> challenge(RoutingContext context) {
        return WebSession.challenge(context);
    }

    private Uni<Shopper> shopper() {
        return identities.getDeferredIdentity().map(this::shopper);
    }

    private Shopper shopper(SecurityIdentity caller) {
        if (!SessionCsrfTokens.bySession(caller)) {
            return Shopper.GUEST;
        }
        JsonWebToken token = (JsonWebToken) caller.getPrincipal();
        String name = token.<String>getClaim("name");
        return new Shopper(name == null ? caller.getPrincipal().getName() : name, caller.hasRole(Shoppers.CUSTOMER),
                csrfTokens.of(caller).orElse(null));
    }
}
