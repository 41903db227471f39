package dev.checkout.messaging.tracing;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a collector named, {@link DiscardedSpans} steps aside, so Quarkus exports over OTLP (in a deployment, where no
 * other span exporter exists; tests keep their spans in memory instead).
 */
@QuarkusTest
@TestProfile(CollectorNamedTest.WithCollector.class)
class CollectorNamedTest {

    public static class WithCollector implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.exporter.otlp.endpoint", "http://127.0.0.1:4317");
        }
    }

    @Inject
    @Any
    Instance<SpanExporter> exporters;

    @Test
    void leavesTheSpansToTheOtlpExporter() {
        assertThat(exporters.stream()).noneMatch(DiscardedSpans.class::isInstance);
    }
}
