package dev.checkout.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a list as every API's {@code page} and {@code size} query parameters ask for it, within the documented
 * bounds: page 0 to {@link #MAX_PAGE}, size 1 to {@link #MAX_SIZE}. With both bounded, page × size cannot overflow an
 * int and no client can make the database skip more than a million rows. The parameters arrive as text so that a
 * malformed one is refused by name (JAX-RS' own conversion reports neither the name nor the value).
 */
public record PageRequest(int page, int size) {

    public static final int MAX_PAGE = 10_000;
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    /** Absent parameters take their defaults (page 0, size 20); anything else must be a decimal in bounds. */
    public static PageRequest of(String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        PageRequest request = of(page, size, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        return request;
    }

    /** For a list with more parameters: adds what is wrong with page and size to {@code errors} instead of failing. */
    public static PageRequest of(String page, String size, List<FieldError> errors) {
        return new PageRequest(parse("page", page, 0, 0, MAX_PAGE, errors),
                parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors));
    }

    private static int parse(String name, String text, int absent, int min, int max, List<FieldError> errors) {
        if (text == null) {
            return absent;
        }
        // At most 6 digits: anything longer is out of bounds, and is never handed to a parser that could overflow.
        if (text.matches("-?[0-9]{1,6}")) {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        }
        errors.add(new FieldError(name, "must be an integer from " + min + " to " + max));
        return absent;
    }
}
