package dev.checkout.order.orders;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Forgets guests' status tokens once they have expired, so the table holds only tokens that still read an order. */
@ApplicationScoped
class ExpiredStatusTokens {

    private static final Logger LOG = Logger.getLogger(ExpiredStatusTokens.class);

    private final StatusTokens tokens;

    ExpiredStatusTokens(StatusTokens tokens) {
        this.tokens = tokens;
    }

    @Scheduled(every = "${order-access.cleanup-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> deleteExpired() {
        return tokens.deleteExpired()
                .invoke(deleted -> {
                    if (deleted > 0) {
                        LOG.infof("Deleted %d expired order status token(s)", deleted);
                    }
                })
                .replaceWithVoid();
    }
}
