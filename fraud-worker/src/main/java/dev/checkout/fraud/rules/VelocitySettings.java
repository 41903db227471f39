package dev.checkout.fraud.rules;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** The shape of a velocity rule's settings: it fires from the {@code orders}-th order within {@code window}. */
public interface VelocitySettings {

    int weight();

    /** The rule fires when this many orders (this one included) fall within the window; counts stop at the cap. */
    @Min(1)
    @Max(History.COUNT_CAP)
    int orders();

    /** How far back from the order's own event time the orders are counted. */
    Duration window();

    /**
     * The signal of a velocity rule that counted {@code count} orders (of one customer, email or card, described by
     * {@code counted}) within this window: none below the threshold.
     */
    default Optional<RiskSignal> signal(String rule, long count, String counted) {
        if (count < orders()) {
            return Optional.empty();
        }
        String orders = count < History.COUNT_CAP ? count + " orders " : History.COUNT_CAP + " or more orders ";
        return Optional.of(new RiskSignal(rule, orders + counted + " within " + describe(window())
                + " (threshold " + orders() + ")", weight()));
    }

    /** "1h", "30m", "1h30m": the window as the reasons show it. */
    static String describe(Duration window) {
        return window.toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
