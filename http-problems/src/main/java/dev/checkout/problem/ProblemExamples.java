package dev.checkout.problem;

/** Problem documents as the API answers them, for the OpenAPI document. */
public final class ProblemExamples {

    public static final String VALIDATION_FAILED = """
            {"type": "https://checkout.dev/problems/validation_failed", "title": "Validation failed", "status": 400,
             "code": "validation_failed", "detail": "Invalid value for: customer.email, lines[0].quantity.",
             "errors": [{"field": "customer.email", "message": "must be a well-formed email address"},
                        {"field": "lines[0].quantity", "message": "must be less than or equal to 1000"}]}""";

    public static final String UNAUTHENTICATED = """
            {"type": "https://checkout.dev/problems/unauthenticated", "title": "Unauthenticated", "status": 401,
             "code": "unauthenticated", "detail": "Send a valid bearer token from the identity provider."}""";

    public static final String FORBIDDEN = """
            {"type": "https://checkout.dev/problems/forbidden", "title": "Forbidden", "status": 403,
             "code": "forbidden", "detail": "Your roles do not allow this."}""";

    public static final String MALFORMED_JSON = """
            {"type": "https://checkout.dev/problems/malformed_json", "title": "Malformed JSON", "status": 400,
             "code": "malformed_json", "detail": "The request body is not valid JSON."}""";

    public static final String MISSING_BODY = """
            {"type": "https://checkout.dev/problems/missing_body", "title": "Missing body", "status": 400,
             "code": "missing_body", "detail": "This request needs a JSON body."}""";

    public static final String PAYLOAD_TOO_LARGE = """
            {"type": "https://checkout.dev/problems/payload_too_large", "title": "Payload too large", "status": 413,
             "code": "payload_too_large", "detail": "The request body is larger than 262144 bytes.",
             "maxBytes": 262144}""";

    public static final String UNSUPPORTED_MEDIA_TYPE = """
            {"type": "https://checkout.dev/problems/unsupported_media_type", "title": "Unsupported media type",
             "status": 415, "code": "unsupported_media_type", "detail": "Send the request body as application/json."}""";

    private ProblemExamples() {
    }
}
