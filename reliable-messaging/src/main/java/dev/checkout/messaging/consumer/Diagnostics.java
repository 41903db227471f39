package dev.checkout.messaging.consumer;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BasicProperties;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The headers that travel with a retried or parked message, so an SRE can read why it is there without the code.
 * The message keeps its body and its original properties; only headers are added.
 */
public final class Diagnostics {

    public static final String ATTEMPTS = "x-attempts";
    public static final String CONSUMER = "x-consumer";
    public static final String REASON = "x-failure-reason";
    public static final String EXCEPTION_TYPE = "x-exception-type";
    public static final String EXCEPTION_MESSAGE = "x-exception-message";
    public static final String EXCEPTION_STACKTRACE = "x-exception-stacktrace";
    public static final String ORIGINAL_EXCHANGE = "x-original-exchange";
    public static final String ORIGINAL_ROUTING_KEY = "x-original-routing-key";
    public static final String FAILED_AT = "x-failed-at";

    /** Every header this class adds, which a replay strips again so the message starts afresh. */
    public static final Set<String> ALL = Set.of(ATTEMPTS, CONSUMER, REASON, EXCEPTION_TYPE,
            EXCEPTION_MESSAGE, EXCEPTION_STACKTRACE, ORIGINAL_EXCHANGE, ORIGINAL_ROUTING_KEY, FAILED_AT);

    private static final int MAX_MESSAGE_LENGTH = 1000;

    private Diagnostics() {
    }

    /** Deliveries so far through the retry tiers (1 for the first). */
    static int attempts(BasicProperties properties) {
        Object value = headers(properties).get(ATTEMPTS);
        return value instanceof Number n ? n.intValue() : 1;
    }

    /** Properties for the next delayed attempt: the count goes up, the original address is kept. */
    static AMQP.BasicProperties forRetry(BasicProperties original, String exchange, String routingKey, int nextAttempt) {
        Map<String, Object> headers = withOrigin(original, exchange, routingKey);
        headers.put(ATTEMPTS, nextAttempt);
        return copy(original, headers);
    }

    /** Properties for the parking lot: everything an operator needs to understand the failure. */
    static AMQP.BasicProperties forParking(BasicProperties original, String exchange, String routingKey, String consumer,
                                           String reason, Throwable failure, int attempts, int stacktraceLines) {
        Map<String, Object> headers = withOrigin(original, exchange, routingKey);
        headers.put(ATTEMPTS, attempts);
        headers.put(CONSUMER, consumer);
        headers.put(REASON, reason);
        headers.put(EXCEPTION_TYPE, failure.getClass().getName());
        headers.put(EXCEPTION_MESSAGE, truncate(String.valueOf(failure.getMessage())));
        headers.put(EXCEPTION_STACKTRACE, stacktrace(failure, stacktraceLines));
        headers.put(FAILED_AT, Instant.now().toString());
        return copy(original, headers);
    }

    private static Map<String, Object> withOrigin(BasicProperties original, String exchange, String routingKey) {
        Map<String, Object> headers = new HashMap<>(headers(original));
        // A retried message comes back on retry.<consumer>: keep where it first came from.
        headers.putIfAbsent(ORIGINAL_EXCHANGE, exchange);
        headers.putIfAbsent(ORIGINAL_ROUTING_KEY, routingKey);
        return headers;
    }

    private static Map<String, Object> headers(BasicProperties properties) {
        return properties.getHeaders() == null ? Map.of() : properties.getHeaders();
    }

    /** user-id is left out: the broker checks it against the re-publishing user, who is another service. */
    public static AMQP.BasicProperties copy(BasicProperties original, Map<String, Object> headers) {
        return new AMQP.BasicProperties.Builder()
                .contentType(original.getContentType())
                .contentEncoding(original.getContentEncoding())
                .headers(headers)
                .deliveryMode(2)
                .priority(original.getPriority())
                .correlationId(original.getCorrelationId())
                .replyTo(original.getReplyTo())
                .messageId(original.getMessageId())
                .timestamp(original.getTimestamp())
                .type(original.getType())
                .appId(original.getAppId())
                .build();
    }

    private static String truncate(String text) {
        return text.length() <= MAX_MESSAGE_LENGTH ? text : text.substring(0, MAX_MESSAGE_LENGTH) + "…";
    }

    static String stacktrace(Throwable failure, int lines) {
        StringBuilder trace = new StringBuilder();
        int written = 0;
        for (Throwable t = failure; t != null && written < lines; t = t.getCause()) {
            trace.append(t == failure ? "" : "Caused by: ").append(t).append('\n');
            for (StackTraceElement element : t.getStackTrace()) {
                if (++written > lines) {
                    break;
                }
                trace.append("\tat ").append(element).append('\n');
            }
        }
        return trace.toString();
    }
}
