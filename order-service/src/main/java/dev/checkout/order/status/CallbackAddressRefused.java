package dev.checkout.order.status;

/** A delivery attempt not made: the callback host resolves to nothing, or to an address the service may not call. */
class CallbackAddressRefused extends RuntimeException {

    CallbackAddressRefused(String message) {
        super(message);
    }
}
