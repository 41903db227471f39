package dev.checkout.problem;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What every service's OpenAPI document says the same way, because one module answers it: the problem document as
 * it is sent, the error answers any operation can give (the HTTP layer's, authentication's, an outage's), and the
 * bearer-token scheme with each operation's requirement. Runs when the application starts, since the identity
 * provider's URL is run-time configuration.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ApiDocument implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String BEARER = "oidc";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An operation, and whether it needs a token. */
    private record Answering(Operation operation, boolean secured) {
    }

    /** An answer any operation the rule applies to can give, whatever its resource declares. */
    private record CommonAnswer(int status, String description, Predicate<Answering> appliesTo, Problem example,
                                String header, String headerDescription) {
    }

    // The limits in the descriptions and examples are this service's, as configured.
    private static List<CommonAnswer> commonAnswers(long maxBodyBytes, HttpLimits limits) {
        String bodyLimit = "The request body is larger than " + maxBodyBytes + " bytes.";
        String targetLimit = "The request target is longer than " + limits.maxRequestTarget() + " characters.";
        long maxHeaderBytes = limits.maxHeaderSize().asLongValue();
        String headerLimit = "The request headers are larger than " + maxHeaderBytes + " bytes.";
        return List.of(
                new CommonAnswer(400, "The request target cannot be used: control characters, broken or non-UTF-8"
                        + " percent-escapes, matrix parameters (code invalid_request_target).", any(),
                        new Problem(400, "invalid_request_target", "Invalid request target",
                                "The request target holds a control character.", Map.of()), null, null),
                new CommonAnswer(401, "No valid bearer token: none, expired, or not issued for this API.",
                        Answering::secured, HttpStatusProblems.of(401), "WWW-Authenticate",
                        "Always `Bearer`: send a bearer token from the identity provider."),
                new CommonAnswer(403, "The token's user does not have a role this operation needs.",
                        Answering::secured, HttpStatusProblems.of(403), null, null),
                new CommonAnswer(404, "No such resource.", ApiDocument::hasPathParameters,
                        HttpStatusProblems.of(404), null, null),
                new CommonAnswer(406, "The Accept header names no media type this operation answers with.", any(),
                        HttpStatusProblems.of(406), null, null),
                new CommonAnswer(413, bodyLimit, ApiDocument::hasBody, new Problem(413, "payload_too_large",
                        "Payload too large", bodyLimit, Map.of("maxBytes", maxBodyBytes)), null, null),
                new CommonAnswer(414, targetLimit, any(), new Problem(414, "uri_too_long", "URI too long",
                        targetLimit, Map.of("maxLength", limits.maxRequestTarget())), null, null),
                new CommonAnswer(415, "The request body is not of a media type this operation reads.",
                        ApiDocument::hasBody, HttpStatusProblems.of(415), null, null),
                new CommonAnswer(431, headerLimit, any(), new Problem(431, "header_fields_too_large",
                        "Request header fields too large", headerLimit, Map.of("maxBytes", maxHeaderBytes)),
                        null, null),
                new CommonAnswer(500, "A bug: `errorId` names the log entry with the details.", any(),
                        HttpStatusProblems.internalError("6f1c1d52-5d0e-4b0e-9a43-2f8c3c1e8a27"), null, null),
                new CommonAnswer(503, "A dependency (database, broker) is unreachable; nothing was changed. Send the"
                        + " request again after `Retry-After`.", any(), new DependencyUnavailable().toProblem(),
                        "Retry-After", "Seconds to wait before sending the request again."));
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components components = api.getComponents();
        components.addSchema(FIELD_ERROR, fieldErrorSchema());
        components.addSchema(PROBLEM, problemSchema());
        Optional<String> scheme = bearerScheme(components);
        if (api.getPaths() == null) {
            return;
        }
        SmallRyeConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class);
        List<CommonAnswer> answers = commonAnswers(
                config.getValue("quarkus.http.limits.max-body-size", MemorySize.class).asLongValue(),
                config.getConfigMapping(HttpLimits.class));
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            boolean secured = needsToken(operation);
            operation.setSecurity(security(secured, operation.getSecurity(), scheme));
            addCommonAnswers(operation, secured, answers);
            unauthenticatedCallbacks(operation);
        }));
    }

    // A callback (a webhook) is this service calling the client's URL: with no token, signed in its headers instead.
    private static void unauthenticatedCallbacks(Operation operation) {
        if (operation.getCallbacks() == null) {
            return;
        }
        operation.getCallbacks().values().forEach(callback -> callback.getPathItems().values()
                .forEach(item -> item.getOperations().values()
                        .forEach(call -> call.setSecurity(List.of(OASFactory.createSecurityRequirement())))));
    }

    /**
     * Bean Validation's {@code @Pattern} must match the whole value, a JSON Schema pattern matches anywhere in it: the
     * document says what is checked only when every pattern is anchored.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        String pattern = schema.getPattern();
        if (pattern != null && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
        return schema;
    }

    /**
     * Quarkus declares the identity provider's scheme from build-time configuration; it is declared again here, as
     * {@value #BEARER}, with the realm this instance really trusts. Without an identity provider (the messaging
     * library's test app) Quarkus' own scheme stays as it is.
     */
    private static Optional<String> bearerScheme(Components components) {
        Optional<String> realm = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        if (realm.isEmpty()) {
            return Optional.ofNullable(components.getSecuritySchemes()).filter(schemes -> schemes.size() == 1)
                    .map(schemes -> schemes.keySet().iterator().next());
        }
        components.setSecuritySchemes(new TreeMap<>(Map.of(BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OPENIDCONNECT)
                .description("A bearer access token from the identity provider's realm. An operation's requirement"
                        + " lists the roles (realm roles) that may call it.")
                .openIdConnectUrl(realm.get() + "/.well-known/openid-configuration"))));
        return Optional.of(BEARER);
    }

    /**
     * A secured operation (one Quarkus found a role or authentication requirement on) keeps its roles under the
     * scheme; any other is public: it may be called without a token, or with one (a signed-in customer placing an
     * order).
     */
    private static List<SecurityRequirement> security(boolean secured, List<SecurityRequirement> declared,
                                                      Optional<String> scheme) {
        if (scheme.isEmpty()) {
            return secured ? declared : List.of(OASFactory.createSecurityRequirement());
        }
        if (!secured) {
            return List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(scheme.get()));
        }
        return declared.stream().map(requirement -> {
            List<String> roles = requirement.getSchemes().values().stream().flatMap(List::stream).distinct().toList();
            return OASFactory.createSecurityRequirement().addScheme(scheme.get(), roles);
        }).toList();
    }

    private static boolean needsToken(Operation operation) {
        return operation.getSecurity() != null && operation.getSecurity().stream()
                .anyMatch(requirement -> requirement.getSchemes() != null && !requirement.getSchemes().isEmpty());
    }

    private static void addCommonAnswers(Operation operation, boolean secured, List<CommonAnswer> answers) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        for (CommonAnswer answer : answers) {
            if (!answer.appliesTo().test(new Answering(operation, secured))) {
                continue;
            }
            String status = String.valueOf(answer.status());
            APIResponse response = responses.getAPIResponse(status);
            if (response == null) {
                response = OASFactory.createAPIResponse().description(answer.description());
                responses.addAPIResponse(status, response);
            }
            if (response.getContent() == null) {
                response.setContent(OASFactory.createContent());
            }
            MediaType problem = response.getContent().getMediaType(Problem.MEDIA_TYPE);
            if (problem == null) {
                problem = OASFactory.createMediaType();
                response.getContent().addMediaType(Problem.MEDIA_TYPE, problem);
            }
            problem.setSchema(OASFactory.createSchema().ref(PROBLEM));
            String name = answer.example().code;
            if (problem.getExamples() == null || !problem.getExamples().containsKey(name)) {
                problem.addExample(name, OASFactory.createExample().value(asMap(answer.example())));
            }
            if (answer.header() != null && (response.getHeaders() == null
                    || !response.getHeaders().containsKey(answer.header()))) {
                response.addHeader(answer.header(), OASFactory.createHeader().description(answer.headerDescription())
                        .schema(OASFactory.createSchema().addType(answer.status() == 503
                                ? Schema.SchemaType.INTEGER : Schema.SchemaType.STRING)));
            }
        }
    }

    private static Predicate<Answering> any() {
        return answering -> true;
    }

    private static boolean hasBody(Answering answering) {
        return answering.operation().getRequestBody() != null;
    }

    private static boolean hasPathParameters(Answering answering) {
        Operation operation = answering.operation();
        return operation.getParameters() != null && operation.getParameters().stream()
                .map(Parameter::getIn).anyMatch(Parameter.In.PATH::equals);
    }

    private static Map<String, Object> asMap(Problem problem) {
        return JSON.convertValue(problem, new TypeReference<TreeMap<String, Object>>() {
        });
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One offending body member, query or path parameter, or header, and what is wrong.")
                .addRequired("field").addRequired("message").additionalPropertiesBoolean(Boolean.FALSE)
                .addProperty("field", text("The member's path in the body (`lines[0].quantity`) or the parameter's"
                        + " or header's name."))
                .addProperty("message", text("What is wrong with it."));
    }

    /**
     * The problem document exactly as {@link Problem} is written: the RFC 9457 members, {@code code}, and the
     * extension members some codes carry, at the top level. Nothing else is ever sent.
     */
    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details. `code` names the problem; the members after `instance` are"
                        + " sent only by the problems named in their descriptions.")
                .addRequired("type").addRequired("title").addRequired("status").addRequired("code")
                .addRequired("detail").additionalPropertiesBoolean(Boolean.FALSE)
                .addProperty("type", text("`https://checkout.dev/problems/` followed by `code`.")
                        .format("uri").pattern("^https://checkout\\.dev/problems/[a-z0-9_]+$"))
                .addProperty("title", text("A short, human-readable summary of the problem's kind."))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599))
                        .description("The HTTP status of the answer."))
                .addProperty("code", text("Stable, machine-readable name of the problem.").pattern("^[a-z0-9_]+$"))
                .addProperty("detail", text("What happened to this request, for a person."))
                .addProperty("instance", text("The path of the request that met the problem; absent when the"
                        + " problem was not met by a request."))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("validation_failed, malformed_json (when a member is named),"
                                + " callback_url_not_allowed: each offending field.")
                        .items(OASFactory.createSchema().ref(FIELD_ERROR)))
                .addProperty("skus", textArray("out_of_stock, unknown_sku, nothing_to_pay: the SKUs concerned."))
                .addProperty("currencies", textArray("mixed_currencies: the currencies the cart mixes."))
                .addProperty("orderId", text("payment_declined, payment_outcome_unknown, assessment_not_found,"
                        + " already_reviewed: the order concerned, as the request named it (not always a UUID)."))
                .addProperty("declineCode", text("payment_declined, card_declined: why the card was declined."))
                .addProperty("chargeId", text("card_declined: the payment provider's charge."))
                .addProperty("decision", text("already_reviewed: the review's decision."))
                .addProperty("reviewedBy", text("already_reviewed: who reviewed the order."))
                .addProperty("reviewedAt", text("already_reviewed: when.").format("date-time"))
                .addProperty("maxBytes", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")
                        .description("payload_too_large, header_fields_too_large: the limit, in bytes."))
                .addProperty("maxLength", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .description("uri_too_long: the longest request target, in characters."))
                .addProperty("errorId", text("internal_error: the id the log entry of the failure carries.")
                        .format("uuid"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    private static Schema textArray(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).description(description)
                .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
