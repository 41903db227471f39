package dev.checkout.email.support;

import dev.checkout.testsupport.ContractFolder;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The contract's {@code order.placed} examples (valid-*.json and invalid-*.json), each given fresh ids so that every
 * test run is about orders of its own.
 */
public final class OrderPlacedExamples {

    private OrderPlacedExamples() {
    }

    public static List<Example> valid() {
        return load("valid-");
    }

    public static List<Example> invalid() {
        return load("invalid-");
    }

    /** The two-line example: a shopper in Berlin, EUR. */
    public static Example twoLines() {
        return valid().stream().filter(e -> e.name().equals("valid-two-lines.json")).findFirst().orElseThrow();
    }

    private static List<Example> load(String prefix) {
        try (Stream<Path> files = Files.list(ContractFolder.examples("order.placed"))) {
            List<Example> examples = files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted()
                    .map(OrderPlacedExamples::fresh).toList();
            if (examples.isEmpty()) {
                throw new IllegalStateException("no " + prefix + "* examples of order.placed");
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example with a new message id, and new event and order ids where it has well-formed ones. */
    private static Example fresh(Path file) {
        try {
            JsonObject document = new JsonObject(Files.readString(file));
            String messageId = UUID.randomUUID().toString();
            if (isUuid(document.getValue("eventId"))) {
                document.put("eventId", messageId);
            }
            UUID orderId = null;
            if (document.getValue("order") instanceof JsonObject order && isUuid(order.getValue("orderId"))) {
                orderId = UUID.randomUUID();
                order.put("orderId", orderId.toString());
            }
            return new Example(file.getFileName().toString(), messageId, orderId, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isUuid(Object value) {
        try {
            return value instanceof String text && UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }

    /** One example, ready to publish; {@code orderId} is null when the example has no well-formed one. */
    public record Example(String name, String messageId, UUID orderId, JsonObject document) {

        public JsonObject order() {
            return document.getJsonObject("order");
        }

        /** The same order placed again as a different event (a new message id). */
        public Example asAnotherEvent() {
            String otherId = UUID.randomUUID().toString();
            return new Example(name, otherId, orderId, document.copy().put("eventId", otherId));
        }

        public String body() {
            return document.encode();
        }
    }
}
