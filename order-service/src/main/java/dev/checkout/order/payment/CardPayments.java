package dev.checkout.order.payment;

import dev.checkout.order.api.CallerContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.UUID;

/**
 * Card payments for orders, in the checkout's terms: every call ends in a {@link PaymentOutcome}, delivered on the
 * caller's context (retries and timeouts run on fault-tolerance timers).
 */
@ApplicationScoped
public class CardPayments {

    private static final Logger LOG = Logger.getLogger(CardPayments.class);

    private final PaymentGateway gateway;

    CardPayments(PaymentGateway gateway) {
        this.gateway = gateway;
    }

    public Uni<PaymentOutcome> charge(UUID orderId, long amountMinor, String currency, String token) {
        return gateway.charge(orderId, new ProviderApi.ChargeRequest(amountMinor, currency, token, "Order " + orderId))
                .map(PaymentOutcome::of)
                .onFailure().recoverWithItem(failure -> {
                    PaymentOutcome outcome = PaymentOutcome.ofFailure(failure);
                    if (!(outcome instanceof PaymentOutcome.Declined)) {
                        LOG.warnf("Charge for order %s failed (%s): %s", orderId, outcome, failure.toString());
                    }
                    return outcome;
                })
                .plug(CallerContext.resume());
    }

    /**
     * What the provider knows about an order's charge: authorized, declined, or empty if it never saw one. Fails
     * when the provider cannot tell right now.
     */
    public Uni<Optional<PaymentOutcome>> lookUp(UUID orderId) {
        return gateway.findCharge(orderId).map(charge -> charge.map(PaymentOutcome::of)).plug(CallerContext.resume());
    }
}
