package dev.checkout.testsupport;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One endpoint against every kind of caller: no token and an expired token are 401, a valid token without the role
 * 403, the role's user the endpoint's own answer; every refusal a problem document.
 */
public final class AccessMatrix {

    private AccessMatrix() {
    }

    /** An endpoint, a user who may call it (with the answer they get) and one who may not. */
    public record Endpoint(String method, String path, String body, String allowedUser, int allowedStatus,
                           String deniedUser) {

        public static Endpoint get(String path, String allowedUser, String deniedUser) {
            return new Endpoint("GET", path, null, allowedUser, 200, deniedUser);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    public static void check(Endpoint endpoint) {
        refused(call(endpoint, RestAssured.given()), 401, "without a token");
        refused(call(endpoint, bearer(Tokens.expired(endpoint.allowedUser()))), 401, "with an expired token");
        refused(call(endpoint, bearer(Tokens.of(endpoint.deniedUser()))), 403, "as " + endpoint.deniedUser());
        Response allowed = call(endpoint, bearer(Tokens.of(endpoint.allowedUser())));
        assertThat(allowed.statusCode()).as("%s as %s: %s", endpoint, endpoint.allowedUser(), allowed.asString())
                .isEqualTo(endpoint.allowedStatus());
    }

    public static RequestSpecification bearer(String token) {
        return RestAssured.given().auth().oauth2(token);
    }

    /** A refusal: the status, and a problem document saying the same. */
    public static void refused(Response response, int status, String how) {
        assertThat(response.statusCode()).as("%s: %s", how, response.asString()).isEqualTo(status);
        assertThat(response.contentType()).as(how).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).as(how).isEqualTo(status);
    }

    private static Response call(Endpoint endpoint, RequestSpecification request) {
        if (endpoint.body() != null) {
            request = request.contentType("application/json").body(endpoint.body());
        }
        return request.when().request(endpoint.method(), endpoint.path());
    }
}
