package dev.checkout.order.checkout;

import dev.checkout.order.orders.Order;
import dev.checkout.order.orders.Orders;
import dev.checkout.order.payment.CardPayments;
import dev.checkout.order.payment.PaymentOutcome;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * Settles orders whose payment outcome stayed unknown (the provider timed out and the client did not come back):
 * asks the provider what became of the charge, then confirms the order, or declines it, or, if the provider never
 * charged, cancels it and releases its stock. Safe on several replicas: settling is a conditional update.
 */
@ApplicationScoped
public class PendingPaymentReconciler {

    private static final Logger LOG = Logger.getLogger(PendingPaymentReconciler.class);

    private final Orders orders;
    private final CardPayments payments;
    private final OrderSettlement settlement;
    private final CheckoutConfig.Reconciler config;

    PendingPaymentReconciler(Orders orders, CardPayments payments, OrderSettlement settlement,
                             CheckoutConfig config) {
        this.orders = orders;
        this.payments = payments;
        this.settlement = settlement;
        this.config = config.reconciler();
    }

    @Scheduled(every = "${checkout.reconciler.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        return settlePending().replaceWithVoid();
    }

    /**
     * Settles up to one batch of orders pending for longer than {@code checkout.reconciler.pending-age}; returns how
     * many it settled.
     */
    public Uni<Integer> settlePending() {
        Instant cutoff = Instant.now().minus(config.pendingAge());
        return Panache.withSession(() -> orders.pendingPaymentSince(cutoff, config.batchSize()))
                .chain(pending -> Multi.createFrom().iterable(pending)
                        .onItem().transformToUniAndConcatenate(this::settle)
                        .filter(order -> !order.isPendingPayment())
                        .collect().asList())
                .map(settled -> {
                    if (!settled.isEmpty()) {
                        LOG.infof("Reconciler settled %d order(s) whose payment outcome was unknown", settled.size());
                    }
                    return settled.size();
                });
    }

    private Uni<Order> settle(Order order) {
        return payments.lookUp(order.id())
                .chain(found -> {
                    if (found.isEmpty()) {
                        return settlement.cancelUnpaid(order.id(), order.paymentAttemptedAt());
                    }
                    if (found.get() instanceof PaymentOutcome.Authorized authorized) {
                        return settlement.confirm(order.id(), authorized);
                    }
                    return settlement.decline(order.id(), ((PaymentOutcome.Declined) found.get()).declineCode());
                })
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Could not settle order %s yet: %s", order.id(), failure.toString());
                    return order;
                });
    }
}
