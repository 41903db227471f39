package dev.checkout.messaging.tracing;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Without OTEL_EXPORTER_OTLP_ENDPOINT spans are dropped, so Quarkus' OTLP exporter never tries localhost:4317. */
@QuarkusTest
class DiscardedSpansTest {

    @Inject
    @Any
    Instance<SpanExporter> exporters;

    @Test
    void dropsSpansWhileNoCollectorIsNamed() {
        assertThat(exporters.stream()).anyMatch(DiscardedSpans.class::isInstance);
    }
}
