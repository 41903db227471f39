package dev.checkout.system;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * What the packaged services (prod profile) serve where: the API port serves the API only; health, metrics and the
 * OpenAPI document are on the management interface; Swagger UI is nowhere. And what their main sets up: a request
 * target that is not a URI gets a problem document, not Quarkus' bare 400.
 */
@ExtendWith(SuiteExtension.class)
class ExposureTest {

    private static final List<String> MANAGEMENT_PATHS = List.of("/q/health", "/q/health/ready", "/q/health/live",
            "/q/metrics", "/q/openapi", "/q/swagger-ui/", "/q/dev-ui/");

    private final RunningSuite suite;

    ExposureTest(RunningSuite suite) {
        this.suite = suite;
    }

    @Test
    void theApiPortServesNoManagementEndpoint() {
        for (ServiceProcess service : suite.services()) {
            for (String path : MANAGEMENT_PATHS) {
                RestAssured.get(service.url() + path).then().statusCode(404);
            }
        }
    }

    @Test
    void theManagementInterfaceServesHealthMetricsAndOpenApiButNoSwaggerUi() {
        for (ServiceProcess service : suite.services()) {
            String management = service.managementUrl();
            RestAssured.get(management + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            RestAssured.get(management + "/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
            RestAssured.given().accept("application/json").get(management + "/q/openapi").then().statusCode(200)
                    .body("openapi", startsWith("3."));
            RestAssured.get(management + "/q/swagger-ui/").then().statusCode(404);
        }
    }

    @Test
    void aTargetThatIsNoUriGetsAProblemDocumentFromEveryPackagedService() throws IOException {
        for (ServiceProcess service : suite.services()) {
            URI api = URI.create(service.url());
            try (Socket socket = new Socket(api.getHost(), api.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write("GET /admin/dlq/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).as(service.url()).startsWith("HTTP/1.1 400")
                        .containsIgnoringCase("content-type: application/problem+json")
                        .containsPattern("\"code\"\\s*:\\s*\"invalid_request_target\"");
            }
        }
    }
}
