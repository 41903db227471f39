package dev.checkout.analytics.reports;

import dev.checkout.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The sales aggregates, read-only. Ranges are {@code [from, to)}; buckets and days are UTC. Parameters are taken
 * as text and validated by {@link ReportRequests}, so every mistake is answered with the list of offending fields.
 */
@Path("/analytics")
@RolesAllowed("analyst")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sales analytics")
@APIResponse(responseCode = "400", description = "Invalid parameters; `errors` lists each offending one.",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AnalyticsResource {

    private static final String FROM = "Start, inclusive: an RFC 3339 instant or a date (the start of that UTC day).";
    private static final String TO = "End, exclusive: an RFC 3339 instant or a date (the start of that UTC day).";

    private final ReportRequests requests;
    private final SalesReports reports;

    AnalyticsResource(ReportRequests requests, SalesReports reports) {
        this.requests = requests;
        this.reports = reports;
    }

    @GET
    @Path("/summary")
    @Operation(operationId = "getSalesSummary", summary = "Orders, revenue and units per bucket and currency, with totals",
            description = "`from` and `to` must start a bucket (a UTC hour, or a UTC day). The series has every "
                    + "bucket of the range for each currency, zeros included.")
    @APIResponse(responseCode = "200", description = "The series and the totals.")
    public Uni<SalesSummary> summary(
            @Parameter(description = FROM, required = true, example = "2025-03-14") @QueryParam("from") String from,
            @Parameter(description = TO, required = true, example = "2025-03-15") @QueryParam("to") String to,
            @Parameter(description = "Bucket width: `hour` or `day` (default).") @QueryParam("granularity") String granularity,
            @Parameter(description = "Only this currency (ISO 4217); all currencies when absent.", example = "EUR")
            @QueryParam("currency") String currency) {
        return reports.summary(requests.summary(from, to, granularity, currency));
    }

    @GET
    @Path("/top-products")
    @Operation(operationId = "getTopProducts", summary = "Best-selling SKUs by units over whole UTC days, with revenue per currency")
    @APIResponse(responseCode = "200", description = "The SKUs, most units first.")
    public Uni<TopProducts> topProducts(
            @Parameter(description = FROM, required = true, example = "2025-03-01") @QueryParam("from") String from,
            @Parameter(description = TO, required = true, example = "2025-04-01") @QueryParam("to") String to,
            @Parameter(description = "How many SKUs (default 10, at most 100 unless configured otherwise).")
            @QueryParam("limit") String limit) {
        return reports.topProducts(requests.topProducts(from, to, limit));
    }

    @GET
    @Path("/countries")
    @Operation(operationId = "getSalesByCountry", summary = "Orders and revenue per shipping country over whole UTC days")
    @APIResponse(responseCode = "200", description = "The countries, most orders first.")
    public Uni<SalesByCountry> countries(
            @Parameter(description = FROM, required = true, example = "2025-03-01") @QueryParam("from") String from,
            @Parameter(description = TO, required = true, example = "2025-04-01") @QueryParam("to") String to) {
        return reports.countries(requests.days(from, to));
    }
}
