package dev.checkout.order.web;

import io.quarkus.oidc.TenantResolver;
import io.quarkus.resteasy.reactive.server.runtime.exceptionmappers.UnauthorizedExceptionMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * The pages' session: people sign in through the "web" OIDC tenant (authorization code with PKCE) and the tokens stay
 * on the server, in the encrypted session cookie (backend-for-frontend). The pages' own paths are the tenant's
 * (tenant-paths); besides them, the order API is read and called with the session when a request carries the session
 * cookie and no bearer token: the shop's scripts place a signed-in customer's order and follow it. Bearer-token
 * clients and guests (no session cookie) keep the default tenant, so nothing changes for them.
 */
@ApplicationScoped
public class WebSession implements TenantResolver {

    static final String TENANT = "web";
    /** The session cookie Quarkus names after the tenant; a large one is split into COOKIE_chunk_1, _2, ... */
    static final String COOKIE = "q_session_" + TENANT;

    @Override
    public String resolve(RoutingContext context) {
        String path = context.normalizedPath();
        return carriesSession(context.request()) && (path.equals("/orders") || path.startsWith("/orders/"))
                ? TENANT : null;
    }

    /** Whether the session cookie, not a bearer token, would say who sends this request. */
    static boolean carriesSession(HttpServerRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.cookies().stream().anyMatch(WebSession::isSessionCookie);
    }

    /**
     * The answer to a page request that needs a sign-in: the web tenant's challenge (a redirect to the identity
     * provider; a live sign-in there comes straight back) rather than the API's bearer problem, dropping an unusable
     * session on the way. For the pages' own {@code @ServerExceptionMapper}s.
     */
    public static Uni<Response> challenge(RoutingContext context) {
        forget(context);
        return new UnauthorizedExceptionMapper().handle(context);
    }

    /**
     * Drops the session the request carries, with the answer: one that no longer signs anyone in (its tokens expired,
     * or it was sealed with an earlier secret) would otherwise refuse every page until the browser lets it go.
     */
    public static void forget(RoutingContext context) {
        context.request().cookies().stream().filter(WebSession::isSessionCookie).forEach(cookie -> context.response()
                .addCookie(Cookie.cookie(cookie.getName(), "").setPath("/").setMaxAge(0)));
    }

    private static boolean isSessionCookie(Cookie cookie) {
        return cookie.getName().equals(COOKIE) || cookie.getName().startsWith(COOKIE + "_chunk_");
    }
}
