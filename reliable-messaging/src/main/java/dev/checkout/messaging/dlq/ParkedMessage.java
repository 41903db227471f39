package dev.checkout.messaging.dlq;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.vertx.core.json.JsonObject;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A message in a consumer's parking lot, as an operator sees it: why it failed (from the diagnostic headers), its
 * original properties, RabbitMQ's {@code x-death} history and, when shown in full, its body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParkedMessage(String messageId, String eventType, String correlationId, String group, String reason,
                            String exceptionType, String exceptionMessage, Instant failedAt, Integer attempts,
                            String originalExchange, String originalRoutingKey, Map<String, Object> properties,
                            Map<String, Object> headers, List<Object> xDeath, Object body) {

    /** Without the body, for listings. */
    public ParkedMessage summary() {
        return new ParkedMessage(messageId, eventType, correlationId, group, reason, exceptionType, exceptionMessage,
                failedAt, attempts, originalExchange, originalRoutingKey, null, null, null, null);
    }

    /** The body as JSON when it is JSON, else as text: an unparseable message must still be readable. */
    static Object readableBody(byte[] body) {
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        try {
            return new JsonObject(text).getMap();
        } catch (RuntimeException notJson) {
            return text;
        }
    }
}
