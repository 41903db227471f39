package dev.checkout.fraud.rules;

import java.time.Duration;
import java.util.Locale;

/** The shape of a velocity rule's settings: it fires from the {@code orders}-th order within {@code window}. */
public interface VelocitySettings {

    int weight();

    /** The rule fires when this many orders (this one included) fall within the window. */
    int orders();

    /** How far back from the order's own event time the orders are counted. */
    Duration window();

    /** "1h", "30m", "1h30m": the window as the reasons show it. */
    static String describe(Duration window) {
        return window.toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
