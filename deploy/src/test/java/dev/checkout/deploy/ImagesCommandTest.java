package dev.checkout.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./suite images} on a machine without a usable image builder stops before building anything and names what
 * to install (this machine has no container engine, so the build itself is not exercised here).
 */
class ImagesCommandTest {

    @Test
    void namesTheMissingBuilder(@TempDir Path bin) throws Exception {
        // A PATH with the tools the script needs to get that far, and no docker, podman or buildah.
        for (String tool : new String[] {"bash", "dirname", "git", "sed"}) {
            Files.createSymbolicLink(bin.resolve(tool), Path.of(which(tool)));
        }
        ProcessBuilder suite = new ProcessBuilder(bin.resolve("bash").toString(), Repo.ROOT.resolve("suite").toString(),
                "images").redirectErrorStream(true);
        suite.environment().put("PATH", bin.toString());
        Process process = suite.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).isNotZero();
        assertThat(output).contains("no OCI image builder found: install docker, podman or buildah")
                .doesNotContain("Building");
    }

    private static String which(String tool) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", "command -v " + tool).start();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    }
}
