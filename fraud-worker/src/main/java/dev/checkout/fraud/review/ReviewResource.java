package dev.checkout.fraud.review;

import dev.checkout.problem.MissingBody;
import dev.checkout.problem.Problem;
import dev.checkout.problem.ProblemExamples;
import dev.checkout.fraud.api.Roles;
import dev.checkout.fraud.assessment.AssessmentExamples;
import dev.checkout.fraud.assessment.AssessmentView;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/assessments/{orderId}/review")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
@RolesAllowed(Roles.FRAUD_REVIEWER)
public class ReviewResource {

    private final Reviews reviews;
    private final SecurityIdentity caller;

    ReviewResource(Reviews reviews, SecurityIdentity caller) {
        this.reviews = reviews;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviewAssessment", summary = "Review an assessed order", description = """
            Records the reviewer's final decision (CLEAR or REJECT), which supersedes the rules' one, and publishes \
            it as a fraud.assessed event with final: true. An order is reviewed once. The reviewer recorded is the \
            caller (role fraud-reviewer), never a name in the body.""")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReviewRequest.class),
            examples = @ExampleObject(name = "clear", value = ReviewExamples.REQUEST)))
    @APIResponse(responseCode = "200", description = "The reviewed assessment.", content = @Content(
            schema = @Schema(implementation = AssessmentView.class),
            examples = @ExampleObject(name = "reviewed", value = AssessmentExamples.REVIEWED)))
    @APIResponse(responseCode = "400", description = "The body is missing, malformed or invalid.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
            @ExampleObject(name = "validation_failed", value = ReviewExamples.INVALID),
            @ExampleObject(name = "malformed_json", value = ProblemExamples.MALFORMED_JSON),
            @ExampleObject(name = "missing_body", value = ProblemExamples.MISSING_BODY)}))
    @APIResponse(responseCode = "404", description = "The order has not been assessed (or is unknown).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "assessment_not_found", value = AssessmentExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The order was already reviewed.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "already_reviewed", value = ReviewExamples.ALREADY_REVIEWED)))
    @APIResponse(responseCode = "415", description = "The body is not JSON.", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unsupported_media_type", value = ProblemExamples.UNSUPPORTED_MEDIA_TYPE)))
    public Uni<AssessmentView> review(@RestPath String orderId, @Valid ReviewRequest request) {
        if (request == null) {
            throw new MissingBody();
        }
        return reviews.review(orderId, request, caller.getPrincipal().getName()).map(AssessmentView::of);
    }
}
