package dev.checkout.testsupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static dev.checkout.testsupport.HostileInput.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service's HTTP layer answers to hostile requests, before or around its resources: oversize targets,
 * headers and bodies, unusable request targets (no URI at all, control characters, broken or non-UTF-8 escapes,
 * overlong forms, encoded surrogates, matrix parameters), unknown paths, wrong methods and media types, missing tokens. Each answer
 * is a problem document and none is a 5xx. A service's test extends it, adds {@code @QuarkusTest} and names one of
 * its read endpoints.
 */
public abstract class HttpLayerContract {

    /** A GET endpoint of the service (path and query) that {@link #reader()} may call and that answers 200. */
    protected abstract String readTarget();

    /** A user allowed to call {@link #readTarget()}. */
    protected abstract String reader();

    /** The service's quarkus.http.limits.max-body-size. */
    protected long maxBodyBytes() {
        return 10240 * 1024;
    }

    private String[] asReader(String... more) {
        String[] lines = new String[more.length + 1];
        lines[0] = "Authorization: Bearer " + Tokens.of(reader());
        System.arraycopy(more, 0, lines, 1, more.length);
        return lines;
    }

    @Test
    void theReadTargetAnswers() {
        assertThat(RawHttp.get(readTarget(), asReader()).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "path segment {0}")
    @ValueSource(strings = {"%00", "x%00y", "%01", "%1B", "%7F", "%C2%85", "%C3%28", "%C0%AF", "%E0%80%AF", "%ED%A0%80",
            "%FF", "x;drop=1", "\u00e9", "%zz", "%4", "a|b", "{id}", "a\"b"})
    void refusesUnusablePathSegments(String segment) {
        String target = path(readTarget()) + "/" + segment;
        assertThat(refused(RawHttp.get(target, asReader()), 400, target).getString("code"))
                .isEqualTo("invalid_request_target");
    }

    @ParameterizedTest(name = "query value {0}")
    @ValueSource(strings = {"%00", "%0A", "%C3%28", "%C0%80", "%ED%B0%80", "%zz", "a|b", "<x>"})
    void refusesUnusableQueryValues(String value) {
        String target = path(readTarget()) + "?hostile=" + value;
        assertThat(refused(RawHttp.get(target, asReader()), 400, target).getString("code"))
                .isEqualTo("invalid_request_target");
    }

    @Test
    void refusesAnOverlongTargetWith414() {
        String target = path(readTarget()) + "?pad=" + "a".repeat(5000);
        assertThat(refused(RawHttp.get(target, asReader()), 414, "5 kB target").getInt("maxLength")).isEqualTo(4096);
    }

    @Test
    void refusesOversizeHeadersWith431() {
        refused(RawHttp.get(readTarget(), asReader("X-Pad: " + "a".repeat(20_000))), 431, "20 kB header");
        String[] many = new String[400];
        for (int i = 0; i < many.length; i++) {
            many[i] = "X-Pad-" + i + ": " + "b".repeat(50);
        }
        refused(RawHttp.get(readTarget(), asReader(many)), 431, "400 headers");
    }

    @Test
    void refusesAnOversizeBodyWith413() {
        byte[] body = new byte[(int) maxBodyBytes() + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        refused(RawHttp.send("POST", path(readTarget()), body, asReader("Content-Type: application/json")), 413,
                "body over the limit");
    }

    @ParameterizedTest(name = "unknown path {0}")
    @ValueSource(strings = {"/no-such-resource", "/no/such/resource/at/all", "/%2e%2e/%2e%2e/etc/passwd"})
    void answersUnknownPathsWith404(String target) {
        refused(RawHttp.get(target, asReader()), 404, target);
    }

    @Test
    void answersAnUnknownSubPathWith404() {
        String target = path(readTarget()) + "/no/such/thing";
        refused(RawHttp.get(target, asReader()), 404, target);
    }

    @ParameterizedTest(name = "method {0}")
    @ValueSource(strings = {"DELETE", "PATCH", "PUT"})
    void answersAnUnsupportedMethodWith405AndAllow(String method) {
        RawHttp.Answer answer = RawHttp.send(method, path(readTarget()), "{}".getBytes(StandardCharsets.UTF_8),
                asReader("Content-Type: application/json"));
        refused(answer, 405, method);
        assertThat(answer.header("allow")).as(method).contains("GET");
    }

    @Test
    void answersAnUnacceptableMediaTypeWith406() {
        refused(RawHttp.get(readTarget(), asReader("Accept: application/xml")), 406, "Accept: application/xml");
    }

    @Test
    void answersAMissingOrBrokenTokenWith401() {
        RawHttp.Answer none = RawHttp.get(readTarget());
        refused(none, 401, "no token");
        assertThat(none.header("www-authenticate")).startsWith("Bearer");
        refused(RawHttp.get(readTarget(), "Authorization: Bearer not.a.token"), 401, "garbage token");
        refused(RawHttp.get(readTarget(), "Authorization: Basic YWxpY2U6YWxpY2U="), 401, "basic credentials");
    }

    protected static String path(String target) {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }
}
