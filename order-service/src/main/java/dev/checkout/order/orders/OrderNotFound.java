package dev.checkout.order.orders;

import dev.checkout.problem.ProblemException;

/** No order has this id. */
final class OrderNotFound extends ProblemException {

    OrderNotFound(String id) {
        super(404, "order_not_found", "Order not found", "No order has id " + id + ".");
    }
}
