package dev.checkout.fraud.assessment;

import dev.checkout.problem.FieldError;
import dev.checkout.problem.InvalidRequest;
import dev.checkout.problem.PageRequest;
import dev.checkout.problem.Problem;
import dev.checkout.fraud.api.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;


@Path("/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Fraud assessments of placed orders, and the review queue.")
@RolesAllowed({Roles.SUPPORT, Roles.FRAUD_REVIEWER})
public class AssessmentResource {

    private static final Pattern DECISIONS = Pattern.compile("CLEAR|REVIEW|REJECT");

    private final Assessments assessments;

    AssessmentResource(Assessments assessments) {
        this.assessments = assessments;
    }

    @GET
    @Path("/{orderId}")
    @WithSession
    @Operation(operationId = "getAssessment", summary = "Read an order's assessment", description = """
            The rules' decision, score and reasons, and the reviewer's decision once there is one.""")
    @APIResponse(responseCode = "200", description = "The assessment.", content = @Content(
            schema = @Schema(implementation = AssessmentView.class), examples = {
            @ExampleObject(name = "in_review", value = AssessmentExamples.IN_REVIEW),
            @ExampleObject(name = "reviewed", value = AssessmentExamples.REVIEWED)}))
    @APIResponse(responseCode = "404", description = "The order has not been assessed (or is unknown).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "assessment_not_found", value = AssessmentExamples.NOT_FOUND)))
    public Uni<AssessmentView> get(@RestPath String orderId) {
        return assessments.ofOrder(orderId).map(AssessmentView::of);
    }

    @GET
    @WithSession
    @Operation(operationId = "listAssessments", summary = "List assessments, e.g. the review queue", description = """
            Oldest assessment first, one page at a time; decision=REVIEW is the queue of orders waiting for a \
            reviewer (a reviewed order leaves it, as its decision becomes the reviewer's).""")
    @APIResponse(responseCode = "200", description = "One page of assessments.", content = @Content(
            schema = @Schema(implementation = AssessmentPage.class),
            examples = @ExampleObject(name = "review_queue", value = AssessmentExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "An unknown decision, or invalid paging parameters.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "validation_failed", value = AssessmentExamples.INVALID_PAGING)))
    public Uni<AssessmentPage> list(
            @RestQuery @Parameter(description = "Only assessments with this current decision.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"CLEAR", "REVIEW", "REJECT"}))
            String decision,
            @RestQuery @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
                    maximum = "" + PageRequest.MAX_PAGE, defaultValue = "0")) String page,
            @RestQuery @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + PageRequest.MAX_SIZE, defaultValue = "" + PageRequest.DEFAULT_SIZE)) String size) {
        // Checked here rather than by constraints, so that one answer names every offending parameter.
        List<FieldError> errors = new ArrayList<>();
        if (decision != null && !DECISIONS.matcher(decision).matches()) {
            errors.add(new FieldError("decision", "must be one of CLEAR, REVIEW, REJECT"));
        }
        PageRequest paging = PageRequest.of(page, size, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        Decision wanted = decision == null ? null : Decision.valueOf(decision);
        return assessments.page(wanted, paging.page(), paging.size())
                .chain(items -> assessments.countWith(wanted).map(total -> new AssessmentPage(
                        items.stream().map(AssessmentView::of).toList(), paging.page(), paging.size(), total)));
    }
}
