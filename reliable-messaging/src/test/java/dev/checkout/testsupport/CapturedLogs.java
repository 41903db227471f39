package dev.checkout.testsupport;

import org.jboss.logmanager.ExtLogRecord;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log lines a service writes while a test runs, each with the trace and span ids of its MDC (what the console
 * format's {@code %X{traceId}} and the JSON log's {@code mdc} print). Use with try-with-resources:
 * <pre>{@code try (CapturedLogs logs = CapturedLogs.start()) { ... logs.containing(orderId) ... }}</pre>
 */
public final class CapturedLogs implements AutoCloseable {

    /** One log line; {@code traceId} and {@code spanId} are null when it was written outside any span. */
    public record Line(String logger, String level, String message, String traceId, String spanId) {
    }

    private final Queue<Line> lines = new ConcurrentLinkedQueue<>();
    private final Logger root = Logger.getLogger("");
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            // The MDC is read here, on the thread (and Vert.x context) that writes the line, as a log handler does.
            ExtLogRecord ext = ExtLogRecord.wrap(record);
            lines.add(new Line(ext.getLoggerName(), ext.getLevel().getName(), ext.getFormattedMessage(),
                    ext.getMdc("traceId"), ext.getMdc("spanId")));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private CapturedLogs() {
        root.addHandler(handler);
    }

    public static CapturedLogs start() {
        return new CapturedLogs();
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The lines whose message contains the text, e.g. an order id. */
    public List<Line> containing(String text) {
        return lines.stream().filter(line -> line.message() != null && line.message().contains(text)).toList();
    }

    @Override
    public void close() {
        root.removeHandler(handler);
    }
}
