package dev.checkout.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks every response a {@code @QuarkusTest} gets through RestAssured against the OpenAPI document its service
 * serves: status, headers, media type and body schema. A response the document does not describe fails the test.
 * Registered for every Quarkus test by the service loader (META-INF/services), so no test can forget it; the answers
 * of {@link RawHttp}, which hostile-input tests use to send what RestAssured cannot, are checked too. The validator
 * reads the served 3.1 document as its 3.0 equivalent ({@link OpenApi30}), the version whose schemas it checks fully.
 *
 * <p>Requests are not checked: the tests send invalid and hostile requests on purpose, and the service's answer to
 * them is what must match the document. A request to a path or method the document does not have (an unknown path,
 * a 405, the management interface) has no documented answer to check against.
 */
public class OpenApiResponses implements QuarkusTestBeforeEachCallback {

    private static String document;
    private static OpenApiInteractionValidator validator;
    private static Filter filter;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        register(ServedOpenApi.json());
    }

    // A test profile may serve another document (another configuration): the filter follows the running app.
    private static synchronized void register(String served) {
        if (served.equals(document) && RestAssured.filters().contains(filter)) {
            return;
        }
        List<Filter> others = new ArrayList<>(RestAssured.filters());
        others.removeIf(OpenApiValidationFilter.class::isInstance);
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(OpenApi30.of(served))
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        filter = new OpenApiValidationFilter(validator);
        others.add(filter);
        RestAssured.replaceFiltersWith(others);
        document = served;
    }

    /** Checks an answer that a test read without RestAssured ({@link RawHttp}) the same way. */
    public static synchronized void check(String method, String target, RawHttp.Answer answer) {
        if (Arrays.stream(Request.Method.values()).noneMatch(m -> m.name().equals(method))) {
            return;
        }
        // The test's class loader may hold a copy of this class that the callback never ran in.
        register(ServedOpenApi.json());
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status()).withBody(answer.body());
        answer.headers().forEach(response::withHeader);
        int query = target.indexOf('?');
        ValidationReport report = validator.validateResponse(query < 0 ? target : target.substring(0, query),
                Request.Method.valueOf(method), response.build());
        if (report.hasErrors()) {
            throw new AssertionError("The answer to " + method + " " + target + " is not what the OpenAPI document"
                    + " says:\n" + SimpleValidationReportFormat.getInstance().apply(report) + "\n" + answer);
        }
    }
}
