package dev.checkout.order.web;

import dev.checkout.order.status.StreamedEventTypes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

import java.util.UUID;

/**
 * The shop's pages for people: the catalog with a checkout form, and an order's live status. They are shells that
 * the script (web/shop.js) fills from the JSON API the page is served next to, so the page and the API can never
 * disagree. Open to anyone: a guest shops and follows their order with the status token its checkout answered.
 * Pages and their plumbing, not API: hidden from the OpenAPI document.
 */
@Path("/shop")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ShopPages {

    private final StreamedEventTypes eventTypes;

    ShopPages(StreamedEventTypes eventTypes) {
        this.eventTypes = eventTypes;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance shop();

        static native TemplateInstance order(UUID orderId, String eventTypes);
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance shop() {
        return Templates.shop();
    }

    @GET
    @Path("/orders/{id}")
    @Operation(hidden = true)
    public TemplateInstance order(@RestPath UUID id) {
        return Templates.order(id, String.join(" ", eventTypes.names()));
    }
}
