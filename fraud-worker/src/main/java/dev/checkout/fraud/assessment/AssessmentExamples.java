package dev.checkout.fraud.assessment;

/** Assessments and their problems as the API answers them, for the OpenAPI document. */
public final class AssessmentExamples {

    public static final String IN_REVIEW = """
            {"orderId": "1f0e2d3c-4b5a-4697-8877-665544332211", "customerId": "cus_c4ca4238", "decision": "REVIEW",
             "score": 55,
             "reasons": [{"rule": "high-total", "detail": "total 1250.00 GBP is at or above the threshold of 1000.00 GBP",
                          "weight": 30},
                         {"rule": "card-country-mismatch", "detail": "shipping country IE differs from card country GB",
                          "weight": 25}],
             "final": false, "rulesDecision": "REVIEW", "assessedAt": "2025-03-14T23:00:00.412Z"}""";

    public static final String REVIEWED = """
            {"orderId": "1f0e2d3c-4b5a-4697-8877-665544332211", "customerId": "cus_c4ca4238", "decision": "CLEAR",
             "score": 55,
             "reasons": [{"rule": "high-total", "detail": "total 1250.00 GBP is at or above the threshold of 1000.00 GBP",
                          "weight": 30},
                         {"rule": "card-country-mismatch", "detail": "shipping country IE differs from card country GB",
                          "weight": 25}],
             "final": true, "rulesDecision": "REVIEW", "assessedAt": "2025-03-14T23:00:00.412Z",
             "review": {"reviewedBy": "m.keller", "note": "Called the customer; ships to her holiday home.",
                        "reviewedAt": "2025-03-15T10:11:42.108Z"}}""";

    public static final String PAGE = "{\"items\": [" + IN_REVIEW + "], \"page\": 0, \"size\": 20, \"total\": 1}";

    public static final String NOT_FOUND = """
            {"type": "https://checkout.dev/problems/assessment_not_found", "title": "Assessment not found",
             "status": 404, "code": "assessment_not_found",
             "detail": "No assessment for order 1f0e2d3c-4b5a-4697-8877-665544332211.",
             "orderId": "1f0e2d3c-4b5a-4697-8877-665544332211"}""";

    public static final String INVALID_PAGING = """
            {"type": "https://checkout.dev/problems/validation_failed", "title": "Validation failed", "status": 400,
             "code": "validation_failed", "detail": "Invalid value for: decision, size.",
             "errors": [{"field": "decision", "message": "must be one of CLEAR, REVIEW, REJECT"},
                        {"field": "size", "message": "must be less than or equal to 100"}]}""";

    private AssessmentExamples() {
    }
}
