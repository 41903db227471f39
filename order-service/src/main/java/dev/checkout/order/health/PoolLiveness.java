package dev.checkout.order.health;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Liveness of the reactive database pool. A probe asks the pool for a connection now and then; if one is still
 * waiting after {@code pool-health.stuck-after}, connections are leaking or wedged and only a restart helps, so
 * liveness says DOWN. A probe that fails (the database is down) ends at once and is readiness' business, not a
 * reason to restart. The check itself only reads the probe's state: it answers at once whatever the load.
 */
@Liveness
@ApplicationScoped
public class PoolLiveness implements HealthCheck {

    static final String NAME = "Database pool";
    private static final long NONE = Long.MIN_VALUE;

    private final Pool pool;
    private final Vertx vertx;
    private final Duration probeInterval;
    private final Duration stuckAfter;
    private final AtomicLong waitingSince = new AtomicLong(NONE);
    private long timer = -1;

    @Inject
    PoolLiveness(Pool pool, Vertx vertx, PoolHealthConfig config) {
        this(pool, vertx, config.probeInterval(), config.stuckAfter());
    }

    PoolLiveness(Pool pool, Vertx vertx, Duration probeInterval, Duration stuckAfter) {
        this.pool = pool;
        this.vertx = vertx;
        this.probeInterval = probeInterval;
        this.stuckAfter = stuckAfter;
    }

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(probeInterval.toMillis(), id -> probe());
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
    }

    /** Starts a probe unless one is still waiting. */
    void probe() {
        if (!waitingSince.compareAndSet(NONE, System.nanoTime())) {
            return;
        }
        pool.query("select 1").execute().subscribe().with(
                rows -> waitingSince.set(NONE),
                failure -> waitingSince.set(NONE));
    }

    @Override
    public HealthCheckResponse call() {
        long since = waitingSince.get();
        Duration waiting = since == NONE ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - since);
        return HealthCheckResponse.named(NAME)
                .status(waiting.compareTo(stuckAfter) <= 0)
                .withData("probe-waiting-ms", waiting.toMillis())
                .build();
    }
}
