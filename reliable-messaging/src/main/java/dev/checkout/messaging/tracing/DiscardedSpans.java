package dev.checkout.messaging.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;

import java.util.Collection;

/**
 * Where spans go while no collector is named (OTEL_EXPORTER_OTLP_ENDPOINT unset, so the service's
 * {@code quarkus.otel.exporter.otlp.endpoint} is empty): nowhere. Quarkus would otherwise export to its default,
 * localhost:4317, and log a warning for every batch nobody receives; it leaves its OTLP exporter out whenever a
 * {@link SpanExporter} bean exists, so this one stands in. Spans are still created, so trace and span ids still reach
 * the logs and the outbox.
 */
@Singleton
@Unremovable
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint", stringValue = "", lookupIfMissing = true)
public class DiscardedSpans implements SpanExporter {

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
