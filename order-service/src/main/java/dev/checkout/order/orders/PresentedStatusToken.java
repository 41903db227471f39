package dev.checkout.order.orders;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The status token a guest presents: in a header, or in the query where a header cannot be set (a browser's
 * EventSource, the link in the confirmation email). The header wins when both are sent.
 */
public class PresentedStatusToken {

    @RestHeader(OrderAccess.STATUS_TOKEN)
    @Parameter(name = OrderAccess.STATUS_TOKEN, in = ParameterIn.HEADER,
            description = "A guest's order: the token its checkout answered, or the one in its confirmation email.")
    String header;

    @RestQuery(OrderAccess.STATUS_TOKEN_QUERY)
    @Parameter(name = OrderAccess.STATUS_TOKEN_QUERY, in = ParameterIn.QUERY,
            description = "The same token, for clients that cannot send headers (EventSource, a link).")
    String query;

    public String value() {
        return of(header, query);
    }

    /** The token of a request that sent it in {@code header}, in {@code query}, in both or in neither (null). */
    public static String of(String header, String query) {
        return header != null ? header : query;
    }
}
