package dev.checkout.messaging.dlq;

import com.rabbitmq.client.LongString;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** AMQP header values (long strings, nested tables, dates) as plain JSON-friendly values. */
final class AmqpValues {

    private AmqpValues() {
    }

    static Object plain(Object value) {
        if (value instanceof LongString text) {
            return text.toString();
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new LinkedHashMap<>();
            map.forEach((k, v) -> plain.put(String.valueOf(k), plain(v)));
            return plain;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(AmqpValues::plain).toList();
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> table(Map<String, Object> headers) {
        return headers == null ? Map.of() : (Map<String, Object>) plain(headers);
    }
}
