package dev.checkout.testsupport;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the service serves passes Redocly CLI's {@code recommended} rules with no error
 * (openapi-lint/ at the repository's root). A service's test extends it and adds {@code @QuarkusTest}.
 */
public abstract class OpenApiLintContract {

    private static final Path LINT = Path.of("..", "openapi-lint", "lint.sh");

    @Test
    void theServedDocumentPassesTheLint() throws IOException, InterruptedException {
        Path document = Path.of("target", "openapi", "served-openapi.json");
        Files.createDirectories(document.getParent());
        Files.writeString(document, ServedOpenApi.json(), StandardCharsets.UTF_8);
        Path output = document.resolveSibling("lint.txt");

        Process lint = new ProcessBuilder("bash", LINT.toString(), document.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(lint.waitFor(5, TimeUnit.MINUTES)).as("lint finished").isTrue();

        assertThat(lint.exitValue()).as("Redocly CLI on %s:%n%s", document, Files.readString(output)).isZero();
    }
}
