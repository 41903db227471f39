package dev.checkout.fraud.support;

import dev.checkout.testsupport.ContractFolder;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * order.placed events for the tests. Each test draws its own parties (customer, mailbox, card) and its own stretch
 * of event time, so that the worker's history from earlier tests and runs never falls into its velocity windows.
 */
public final class OrderEvents {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private OrderEvents() {
    }

    /** A moment somewhere in 2001-2030, far from any other test's. */
    public static Instant someTime() {
        return Instant.parse("2001-01-01T00:00:00Z")
                .plusSeconds(ThreadLocalRandom.current().nextLong(30L * 365 * 24 * 3600));
    }

    public static String newCustomer() {
        return "cus_" + UUID.randomUUID();
    }

    private static final String[] COUNTRIES = Locale.getISOCountries();

    public static String newEmail() {
        return "shopper." + UUID.randomUUID() + "@example.org";
    }

    /**
     * A card no other test uses: random last 4 digits, issued in a random country (an assigned ISO code, since orders
     * ship to the card's country and the contract takes no other shipping country).
     */
    public static String[] newCard() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
        return new String[]{String.format("%04d", random.nextInt(10000)), country};
    }

    /** An order of 2 mugs (24.00 EUR) shipped to the card's country by a new customer: no rule fires on it. */
    public static JsonObject clean(Instant occurredAt) {
        String[] card = newCard();
        return order(occurredAt, newCustomer(), newEmail(), 2400, card[1], card);
    }

    /** A new customer's order from a disposable mailbox, shipped away from the card's country: REVIEW (score 50). */
    public static JsonObject needingReview(Instant occurredAt) {
        String[] card = newCard();
        return order(occurredAt, newCustomer(), "shopper." + UUID.randomUUID() + "@mailinator.com", 2400,
                card[1].equals("FR") ? "DE" : "FR", card);
    }

    public static JsonObject order(Instant occurredAt, String customerId, String email, long totalMinor,
                                   String shippingCountry, String[] card) {
        return new JsonObject()
                .put("eventId", UUID.randomUUID().toString())
                .put("eventType", "order.placed")
                .put("schemaVersion", 1)
                .put("occurredAt", occurredAt.toString())
                .put("order", new JsonObject()
                        .put("orderId", UUID.randomUUID().toString())
                        .put("customer", new JsonObject().put("id", customerId).put("email", email)
                                .put("name", "Ada Lovelace"))
                        .put("currency", "EUR")
                        .put("totalMinor", totalMinor)
                        .put("lines", new JsonArray().add(new JsonObject().put("sku", "MUG-001")
                                .put("name", "Fan-out coffee mug").put("quantity", 2)
                                .put("unitPriceMinor", totalMinor / 2).put("lineTotalMinor", totalMinor)))
                        .put("shippingAddress", new JsonObject().put("line1", "1 Main St").put("city", "Berlin")
                                .put("postalCode", "10115").put("country", shippingCountry))
                        .put("payment", new JsonObject().put("method", "card").put("authorizationId", "auth_1")
                                .put("cardLast4", card[0]).put("cardCountry", card[1])));
    }

    public static String orderId(JsonObject event) {
        return event.getJsonObject("order").getString("orderId");
    }

    /** The same order under a new event id, as a producer publishing it twice would send it. */
    public static JsonObject republished(JsonObject event) {
        return event.copy().put("eventId", UUID.randomUUID().toString());
    }

    /** The contract's examples of one kind ("valid" or "invalid") as raw text, by file name. */
    public static List<Path> examples(String kind) {
        try {
            Path folder = ContractFolder.examples("order.placed");
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(file -> file.getFileName().toString().startsWith(kind + "-")).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An example with fresh ids, so that it is new to the idempotent consumer and to the history: a well-formed
     * eventId or orderId is replaced, a malformed or missing one is left as the example has it.
     */
    public static JsonObject freshCopy(Path example) {
        JsonObject event;
        try (InputStream in = Files.newInputStream(example)) {
            event = new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (event.getValue("eventId") instanceof String id && UUID_TEXT.matcher(id).matches()) {
            event.put("eventId", UUID.randomUUID().toString());
        }
        if (event.getValue("order") instanceof JsonObject order && order.getValue("orderId") instanceof String id
                && UUID_TEXT.matcher(id).matches()) {
            order.put("orderId", UUID.randomUUID().toString());
        }
        return event;
    }

    /** The order id of an event, when it has a well-formed one. */
    public static String wellFormedOrderId(JsonObject event) {
        return event.getValue("order") instanceof JsonObject order && order.getValue("orderId") instanceof String id
                && UUID_TEXT.matcher(id).matches() ? id : null;
    }
}
