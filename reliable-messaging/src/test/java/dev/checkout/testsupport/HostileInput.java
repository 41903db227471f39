package dev.checkout.testsupport;

import io.restassured.path.json.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every refusal of hostile input must be: the status, below 500, and a whole problem document saying so, with
 * its extension members at the top level.
 */
public final class HostileInput {

    private HostileInput() {
    }

    public static JsonPath refused(RawHttp.Answer answer, int status, String how) {
        return refused(answer.status(), answer.header("content-type"), answer.body(), status, how);
    }

    public static JsonPath refused(io.restassured.response.Response response, int status, String how) {
        return refused(response.statusCode(), response.contentType(), response.asString(), status, how);
    }

    /** Any problem answer, 5xx included (e.g. a 503 while a dependency is down). */
    public static JsonPath problem(io.restassured.response.Response response, int status, String how) {
        return problem(response.statusCode(), response.contentType(), response.asString(), status, how);
    }

    private static JsonPath refused(int actualStatus, String contentType, String body, int status, String how) {
        assertThat(actualStatus).as("%s: %s", how, body).isLessThan(500);
        return problem(actualStatus, contentType, body, status, how);
    }

    private static JsonPath problem(int actualStatus, String contentType, String body, int status, String how) {
        assertThat(actualStatus).as("%s: %s", how, body).isEqualTo(status);
        assertThat(contentType).as("%s: content type of %s", how, body).startsWith("application/problem+json");
        JsonPath problem = new JsonPath(body);
        assertThat(problem.getInt("status")).as(how).isEqualTo(status);
        assertThat(problem.getString("type")).as(how).startsWith("https://checkout.dev/problems/");
        assertThat(problem.getString("type")).as(how).endsWith("/" + problem.getString("code"));
        assertThat(problem.getString("title")).as(how).isNotBlank();
        assertThat(problem.getString("detail")).as(how).isNotBlank();
        assertThat(problem.getString("instance")).as(how).startsWith("/");
        assertThat(problem.getMap("")).as(how).doesNotContainKey("extensions");
        return problem;
    }
}
