package dev.checkout.testsupport;

import io.opentelemetry.sdk.trace.IdGenerator;

/** A trace a client started before calling the service: what it sends as the W3C {@code traceparent} header. */
public record CallerTrace(String traceId, String spanId) {

    public static final String HEADER = "traceparent";

    public static CallerTrace random() {
        IdGenerator ids = IdGenerator.random();
        return new CallerTrace(ids.generateTraceId(), ids.generateSpanId());
    }

    /** The header value, sampled. */
    public String traceparent() {
        return "00-" + traceId + "-" + spanId + "-01";
    }
}
