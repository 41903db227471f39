package dev.checkout.messaging.tracing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.HashMap;
import java.util.Map;

/**
 * The W3C {@code traceparent} form of a trace context ({@code 00-<trace-id>-<span-id>-<flags>}): how a trace is
 * kept with an outbox row between the transaction that recorded it and the relay that publishes it, and how a
 * consumer finds the trace of a message whatever put it on the queue.
 */
public final class TraceParent {

    public static final String HEADER = "traceparent";

    private static final TextMapGetter<Map<String, ?>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, ?> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, ?> carrier, String key) {
            Object value = carrier == null ? null : carrier.get(key);
            return value == null ? null : value.toString();
        }
    };

    private TraceParent() {
    }

    /** The current span's traceparent, or null when no valid span is current. */
    public static String ofCurrentSpan() {
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** The remote parent that {@code traceparent} names; the root context when it is null or malformed. */
    public static Context parse(String traceparent) {
        return traceparent == null ? Context.root() : fromHeaders(Map.of(HEADER, traceparent));
    }

    /** The remote parent named by a message's {@code traceparent} header, or the root context. */
    public static Context fromHeaders(Map<String, ?> headers) {
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), headers == null ? Map.of() : headers,
                HEADERS);
    }
}
