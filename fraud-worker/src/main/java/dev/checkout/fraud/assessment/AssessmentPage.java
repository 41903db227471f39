package dev.checkout.fraud.assessment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of assessments, oldest first. */
@Schema(name = "AssessmentPage")
public record AssessmentPage(List<AssessmentView> items, int page, int size,
                             @Schema(description = "How many assessments match, on all pages.") long total) {
}
