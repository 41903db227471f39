package dev.checkout.order.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

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
        static native TemplateInstance console(String operator);
    }

    private final SecurityIdentity identity;

    ConsolePages(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance console() {
        return Templates.console(identity.getPrincipal().getName());
    }
}
