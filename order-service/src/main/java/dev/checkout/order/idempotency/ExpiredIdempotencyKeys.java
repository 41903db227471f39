package dev.checkout.order.idempotency;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Forgets keys once their retention is over. */
@ApplicationScoped
class ExpiredIdempotencyKeys {

    private static final Logger LOG = Logger.getLogger(ExpiredIdempotencyKeys.class);

    private final IdempotentRequests requests;

    ExpiredIdempotencyKeys(IdempotentRequests requests) {
        this.requests = requests;
    }

    @Scheduled(every = "${idempotency.cleanup-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> deleteExpired() {
        return requests.deleteExpired()
                .invoke(deleted -> {
                    if (deleted > 0) {
                        LOG.infof("Deleted %d expired idempotency key(s)", deleted);
                    }
                })
                .replaceWithVoid();
    }
}
