package dev.checkout.order.catalog;

import dev.checkout.problem.PageRequest;
import dev.checkout.problem.MissingBody;
import dev.checkout.problem.Problem;
import dev.checkout.problem.ProblemExamples;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;

@Path("/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog", description = "Products with their price (integer minor units) and stock.")
public class ProductResource {

    static final String CATALOG_ADMIN = "catalog-admin";

    // One statement, so two concurrent PUTs of a new SKU cannot both try to insert it; xmax = 0 marks an insert.
    private static final String UPSERT = """
            insert into product (sku, name, price_minor, currency, stock, updated_at) values ($1, $2, $3, $4, $5, now())
            on conflict (sku) do update set name = excluded.name, price_minor = excluded.price_minor,
                currency = excluded.currency, stock = excluded.stock, updated_at = excluded.updated_at
            returning sku, name, price_minor, currency, stock, updated_at, (xmax = 0) as inserted""";

    private final Products products;
    private final Pool pool;

    ProductResource(Products products, Pool pool) {
        this.products = products;
        this.pool = pool;
    }

    @GET
    @PermitAll
    @WithSession
    @Operation(operationId = "listProducts", summary = "List the catalog", description = "Ordered by SKU, one page at a time.")
    @APIResponse(responseCode = "200", description = "One page of products.", content = @Content(
            schema = @Schema(implementation = ProductPage.class),
            examples = @ExampleObject(name = "page", value = CatalogExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid paging parameters.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "validation_failed", value = CatalogExamples.INVALID_PAGE)))
    public Uni<ProductPage> list(
            @RestQuery @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
                    maximum = "" + PageRequest.MAX_PAGE, defaultValue = "0")) String page,
            @RestQuery @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + PageRequest.MAX_SIZE, defaultValue = "" + PageRequest.DEFAULT_SIZE)) String size) {
        PageRequest paging = PageRequest.of(page, size);
        return products.page(paging.page(), paging.size()).chain(items -> products.count()
                .map(total -> new ProductPage(items.stream().map(ProductView::of).toList(), paging.page(),
                        paging.size(), total)));
    }

    @GET
    @PermitAll
    @Path("/{sku}")
    @WithSession
    @Operation(operationId = "getProduct", summary = "Read one product")
    @APIResponse(responseCode = "200", description = "The product.", content = @Content(
            schema = @Schema(implementation = ProductView.class),
            examples = @ExampleObject(name = "product", value = CatalogExamples.PRODUCT)))
    @APIResponse(responseCode = "404", description = "No product has this SKU.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "product_not_found", value = CatalogExamples.PRODUCT_NOT_FOUND)))
    public Uni<ProductView> get(@RestPath String sku) {
        return products.findById(sku)
                .onItem().ifNull().failWith(() -> new ProductNotFound(sku))
                .map(ProductView::of);
    }

    @PUT
    @RolesAllowed(CATALOG_ADMIN)
    @Path("/{sku}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putProduct", summary = "Create or replace a product",
            description = "How the catalog is managed: sets name, price, currency and the stock on hand.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ProductUpdate.class),
            examples = @ExampleObject(name = "product", value = CatalogExamples.UPDATE)))
    @APIResponse(responseCode = "200", description = "The product was replaced.", content = @Content(
            schema = @Schema(implementation = ProductView.class),
            examples = @ExampleObject(name = "product", value = CatalogExamples.PRODUCT)))
    @APIResponse(responseCode = "201", description = "The product was created.",
            headers = @Header(name = "Location", description = "The product's URL.",
                    schema = @Schema(implementation = URI.class)),
            content = @Content(schema = @Schema(implementation = ProductView.class),
                    examples = @ExampleObject(name = "product", value = CatalogExamples.PRODUCT)))
    @APIResponse(responseCode = "400", description = "Invalid SKU or product, malformed JSON, or no body.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                            @ExampleObject(name = "validation_failed", value = CatalogExamples.INVALID_PRODUCT),
                            @ExampleObject(name = "malformed_json", value = ProblemExamples.MALFORMED_JSON),
                            @ExampleObject(name = "missing_body", value = ProblemExamples.MISSING_BODY)}))
    @APIResponse(responseCode = "413", description = "The body is too large.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "payload_too_large", value = ProblemExamples.PAYLOAD_TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "The body is not JSON.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unsupported_media_type",
                    value = ProblemExamples.UNSUPPORTED_MEDIA_TYPE)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unauthenticated", value = ProblemExamples.UNAUTHENTICATED)))
    @APIResponse(responseCode = "403", description = "The token's user is not a catalog admin.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "forbidden", value = ProblemExamples.FORBIDDEN)))
    public Uni<Response> put(@RestPath @Pattern(regexp = Sku.PATTERN, message = Sku.MESSAGE) String sku,
                             @Valid ProductUpdate update) {
        if (update == null) {
            throw new MissingBody();
        }
        return pool.preparedQuery(UPSERT)
                .execute(Tuple.of(sku, update.name(), update.priceMinor(), update.currency(), update.stock()))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    ProductView product = new ProductView(row.getString("sku"), row.getString("name"),
                            row.getLong("price_minor"), row.getString("currency"), row.getInteger("stock"),
                            row.getOffsetDateTime("updated_at").toInstant());
                    return row.getBoolean("inserted")
                            ? Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, "/products/" + sku)
                            .entity(product).build()
                            : Response.ok(product).build();
                });
    }
}
