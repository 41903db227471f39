package dev.checkout.testsupport;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Keeps every span a service's {@code @QuarkusTest} finishes, in memory (Quarkus' OpenTelemetry guide: a
 * {@code SpanExporter} bean receives the spans, and the OTLP exporter stays out). A test injects
 * {@link InMemorySpanExporter} or this class. Spans arrive when their batch is exported, so a test awaits them.
 */
@ApplicationScoped
public class RecordedSpans {

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return exporter;
    }

    /** The finished spans of one trace, in the order they ended. */
    public List<SpanData> ofTrace(String traceId) {
        return exporter.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }
}
