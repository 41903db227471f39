package dev.checkout.fraud.api;

/** Problem documents as the API answers them, for the OpenAPI document. */
public final class ProblemExamples {

    public static final String MALFORMED_JSON = """
            {"type": "https://checkout.dev/problems/malformed_json", "title": "Malformed JSON", "status": 400,
             "code": "malformed_json", "detail": "The request body is not valid JSON."}""";

    public static final String MISSING_BODY = """
            {"type": "https://checkout.dev/problems/missing_body", "title": "Missing body", "status": 400,
             "code": "missing_body", "detail": "This request needs a JSON body."}""";

    public static final String UNSUPPORTED_MEDIA_TYPE = """
            {"type": "https://checkout.dev/problems/unsupported_media_type", "title": "Unsupported Media Type",
             "status": 415, "code": "unsupported_media_type", "detail": "Send the request body as application/json."}""";

    private ProblemExamples() {
    }
}
