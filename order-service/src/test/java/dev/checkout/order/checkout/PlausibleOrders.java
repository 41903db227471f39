package dev.checkout.order.checkout;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Bodies for {@code POST /orders} that look valid to a shop's front end: text from many scripts (Latin with
 * combining marks, CJK, Hebrew and Arabic, emoji), e-mail addresses of many shapes including edge ones an API may
 * refuse, every ISO 3166 country, an absent, empty or full second address line, and every length and count at and
 * one past its documented limit. Prices do not travel in the request; the lines name products of the catalog.
 */
final class PlausibleOrders {

    private static final List<String> COUNTRIES = List.of(Locale.getISOCountries());

    // Shapes where mail standards, validators and shops disagree: the API may take or refuse each, but what it
    // takes, the contract must take too.
    private static final List<String> EDGE_EMAILS = List.of(
            "ann@exa_mple.com", "\"ann lee\"@example.com", "\"ann\"@example.com", "ann@[127.0.0.1]",
            "ann@[IPv6:::1]", "jürgen@example.de", "ann@bücher.de", "ann@xn--bcher-kva.de", "用户@例子.广告",
            "ann..lee@example.com", ".ann@example.com", "ann.@example.com", "ann@example.com.", "ann@-example.com",
            "ann@example-.com", "ANN@EXAMPLE.COM", "ann+shop@example.com", "a@b.co", "ann@localhost", "ann@example",
            "ann@123.123.123.123", "o'brien@example.ie", "ann@mail.sub.example.co.uk",
            "a!#$%&'*+/=?^_`{|}~-@example.com", "ann@ex ample.com", "ann lee@example.com", "ann@@example.com",
            "ann@example..com", "ann@example.c", "ann@example.123", "ann@exam\u00adple.com", "ann\u200b@example.com");

    private PlausibleOrders() {
    }

    /** A request body as JSON members; {@code skus} are products in stock. */
    static Arbitrary<Map<String, Object>> requests(List<String> skus) {
        Arbitrary<Map<String, Object>> customer = Combinators.combine(text(100), emails(), text(200))
                .as((id, email, name) -> members("id", id, "email", email, "name", name));
        Arbitrary<Map<String, Object>> address = Combinators.combine(text(200), secondLines(), text(100),
                        postalCodes(), Arbitraries.of(COUNTRIES))
                .as((line1, line2, city, postalCode, country) -> {
                    Map<String, Object> members = members("line1", line1, "city", city, "postalCode", postalCode,
                            "country", country);
                    line2.ifPresent(text -> members.put("line2", text));
                    return members;
                });
        // The simulator's tok_visa_<country>: a card issued in any country.
        Arbitrary<Map<String, Object>> payment = Arbitraries.of(COUNTRIES)
                .map(country -> members("token", "tok_visa_" + country.toLowerCase(Locale.ROOT)));
        return Combinators.combine(customer, lines(skus), address, payment)
                .as((c, l, a, p) -> members("customer", c, "lines", l, "shippingAddress", a, "payment", p));
    }

    static Arbitrary<List<Map<String, Object>>> lines(List<String> skus) {
        Arbitrary<Map<String, Object>> line = Combinators.combine(Arbitraries.of(skus),
                        Arbitraries.integers().between(1, 1000))
                .as((sku, quantity) -> members("sku", sku, "quantity", quantity));
        return atTheLimits(1, 100).flatMap(count -> line.list().ofSize(count));
    }

    /** Absent, empty, or text up to one past the limit of 200. */
    private static Arbitrary<Optional<String>> secondLines() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(Optional.<String>empty())),
                Tuple.of(2, Arbitraries.just(Optional.of(""))),
                Tuple.of(6, text(200).map(Optional::of)));
    }

    /** Up to one past the limit of 20. */
    private static Arbitrary<String> postalCodes() {
        return atTheLimits(1, 21).flatMap(length -> Arbitraries.strings()
                .withCharRange('0', '9').withCharRange('A', 'Z').withChars(" -").ofLength(length));
    }

    static Arbitrary<String> emails() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(12);
        // Words joined by the separators mail addresses commonly have: ann.lee+shop, mary_o-neil.
        Arbitrary<String> local = Combinators.combine(word.list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.of(".", "+", "-", "_"))
                .as((words, separator) -> String.join(separator, words));
        Arbitrary<String> label = Combinators.combine(word.list().ofMinSize(1).ofMaxSize(2), Arbitraries.just("-"))
                .as((words, hyphen) -> String.join(hyphen, words));
        // Top-level domains that exist: the contract's e-mail format (and the API) refuse made-up ones.
        Arbitrary<String> topLevel = Arbitraries.of("com", "de", "org", "net", "io", "jp", "fr", "ie", "shop", "dev",
                "info", "co.uk", "com.br", "museum", "xn--p1ai");
        Arbitrary<String> plain = Combinators.combine(local, label.list().ofMinSize(1).ofMaxSize(3), topLevel)
                .as((l, labels, tld) -> l + "@" + String.join(".", labels) + "." + tld);
        // The longest local part (64) and address (254), and one past each.
        Arbitrary<String> long_ = Combinators.combine(Arbitraries.of(64, 65), Arbitraries.of(254, 255))
                .as(PlausibleOrders::emailOfLength);
        return Arbitraries.frequencyOf(Tuple.of(7, plain), Tuple.of(2, Arbitraries.of(EDGE_EMAILS)),
                Tuple.of(1, long_));
    }

    private static String emailOfLength(int localLength, int totalLength) {
        StringBuilder domain = new StringBuilder();
        int remaining = totalLength - localLength - 1;
        // Labels of at most 63 characters; the last one, the top-level domain, letters only.
        while (remaining > 64) {
            domain.append("d".repeat(62)).append("1.");
            remaining -= 64;
        }
        domain.append("c".repeat(remaining));
        return "a".repeat(localLength) + "@" + domain;
    }

    /** Text of any script, of a length (in UTF-16 units, as the API counts) from 1 to one past {@code max}. */
    static Arbitrary<String> text(int max) {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between('a', 'z')),
                Tuple.of(2, Arbitraries.integers().between('A', 'Z')),
                Tuple.of(2, Arbitraries.of((int) ' ', (int) '-', (int) '\'', (int) '.', (int) '&')),
                Tuple.of(2, Arbitraries.integers().between(0x00C0, 0x024F)),
                // Combining diacritical marks, also where no letter precedes them.
                Tuple.of(2, Arbitraries.integers().between(0x0300, 0x036F)),
                Tuple.of(2, Arbitraries.integers().between(0x4E00, 0x9FFF)),
                Tuple.of(1, Arbitraries.integers().between(0x05D0, 0x05EA)),
                Tuple.of(1, Arbitraries.integers().between(0x0621, 0x064A)),
                Tuple.of(1, Arbitraries.integers().between(0x1F600, 0x1F64F)),
                Tuple.of(1, Arbitraries.integers().between(0x1F300, 0x1F5FF)));
        return atTheLimits(1, max + 1).flatMap(length -> codePoint.list().ofSize(length)
                .map(codePoints -> ofLength(codePoints, length)));
    }

    /** The code points that fit in {@code length} UTF-16 units, padded with a letter where a pair did not fit. */
    private static String ofLength(List<Integer> codePoints, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int codePoint : codePoints) {
            if (text.length() + Character.charCount(codePoint) > length) {
                break;
            }
            text.appendCodePoint(codePoint);
        }
        while (text.length() < length) {
            text.append('x');
        }
        return text.toString();
    }

    /** From {@code min} to {@code max}, with {@code min}, {@code max - 1} and {@code max} often. */
    private static Arbitrary<Integer> atTheLimits(int min, int max) {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(min, max)),
                Tuple.of(1, Arbitraries.just(min)),
                Tuple.of(2, Arbitraries.just(max - 1)),
                Tuple.of(1, Arbitraries.just(max)));
    }

    private static Map<String, Object> members(Object... namesAndValues) {
        Map<String, Object> members = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            members.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return members;
    }
}
