package dev.checkout.fraud.rules;

/**
 * What the worker's own history says about an order's parties, by the orders' event time. Each velocity count is
 * the number of orders sharing the key within that velocity rule's window ending at this order, this order
 * included. Every count stops at {@link #COUNT_CAP}: far above any rule's threshold, and what keeps a burst on one
 * card from costing each of its orders the whole burst.
 *
 * @param customerOrders        orders of the same customer in the customer-velocity window
 * @param emailOrders           orders from the same (normalised) email address in the email-velocity window
 * @param cardOrders            orders paid with the same card (last 4 digits and issuing country) in the
 *                              card-velocity window
 * @param earlierCustomerOrders other orders of the same customer whose event time is not later than this one's,
 *                              however long ago
 */
public record History(long customerOrders, long emailOrders, long cardOrders, long earlierCustomerOrders) {

    public static final int COUNT_CAP = 100;
}
