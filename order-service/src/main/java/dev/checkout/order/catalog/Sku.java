package dev.checkout.order.catalog;

/** The shape of a stock-keeping unit code, shared by the catalog and the carts that refer to it. */
public final class Sku {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    public static final String MESSAGE = "must be 1-64 letters, digits, '.', '_' or '-'";

    private Sku() {
    }
}
