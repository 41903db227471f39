package dev.checkout.fulfilment.simulator;

/**
 * The simulator's test inputs, in the style of a payment provider's test cards: the shipping address's postal code
 * chooses how the warehouse answers. Any other address is accepted.
 */
enum TestAddress {
    /** Answers after {@code warehouse.simulator.slow-latency}. */
    SLOW("00408"),
    /** Answers 503 to the first {@code warehouse.simulator.transient-failures} requests of each key, then 201. */
    FLAKY("00503"),
    /** Refuses the address for good: 422 with code {@code address_refused}. */
    REFUSED("00422"),
    ORDINARY("");

    private final String postalCode;

    TestAddress(String postalCode) {
        this.postalCode = postalCode;
    }

    static TestAddress of(String postalCode) {
        for (TestAddress address : values()) {
            if (address.postalCode.equals(postalCode)) {
                return address;
            }
        }
        return ORDINARY;
    }
}
