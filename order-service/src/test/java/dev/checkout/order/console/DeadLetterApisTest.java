package dev.checkout.order.console;

import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the console refuses to relay before any request leaves it. Dot segments cannot arrive over HTTP (the router
 * resolves them, encoded or not, before routing), so they are checked here, where a caller would pass them.
 */
class DeadLetterApisTest {

    private final Vertx vertx = Vertx.vertx();
    private final DeadLetterApis apis = new DeadLetterApis(vertx, new ConsoleConfig() {
        @Override
        public Map<String, URI> services() {
            // Nothing listens there: a relayed call would fail as unreachable, not as refused.
            return Map.of("email-worker", URI.create("http://127.0.0.1:9"));
        }

        @Override
        public Duration timeout() {
            return Duration.ofSeconds(1);
        }
    });

    @AfterEach
    void close() {
        vertx.closeAndAwait();
    }

    @ParameterizedTest(name = "segment {0}")
    @ValueSource(strings = {".", ".."})
    void refusesDotSegments(String segment) {
        assertThatThrownBy(() -> apis.call("email-worker", HttpMethod.GET, List.of("email", "messages", segment), null,
                null, "token")).isInstanceOf(DotSegment.class).hasMessageContaining("no dot segments");
        assertThatThrownBy(() -> apis.call("email-worker", HttpMethod.GET, List.of(segment, "groups"), null, null,
                "token")).isInstanceOf(DotSegment.class);
    }

    @Test
    void refusesAnUnknownService() {
        assertThatThrownBy(() -> apis.call("no-such-service", HttpMethod.GET, List.of(), null, null, "token"))
                .isInstanceOf(UnknownService.class);
    }
}
