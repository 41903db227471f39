package dev.checkout.order.health;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Liveness goes DOWN while a probe has waited too long for a pool connection (here: the pool's only connection is
 * held by the test), and UP again once the pool serves it.
 */
class PoolLivenessTest {

    private static final Duration STUCK_AFTER = Duration.ofMillis(300);

    private Vertx vertx;
    private Pool pool;

    @BeforeEach
    void onePooledConnection() {
        vertx = Vertx.vertx();
        pool = poolOf(new PgConnectOptions().setHost("127.0.0.1").setPort(5432).setDatabase("orders_test")
                .setUser("orders").setPassword("orders"));
    }

    @AfterEach
    void close() {
        pool.close().await().indefinitely();
        vertx.close().await().indefinitely();
    }

    @Test
    void downWhileThePoolCannotServeAProbeUpOnceItCan() {
        PoolLiveness liveness = new PoolLiveness(pool, vertx, Duration.ofSeconds(1), STUCK_AFTER);
        liveness.probe();
        await().until(() -> liveness.call().getData().orElseThrow().get("probe-waiting-ms").equals(0L));
        assertThat(liveness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);

        SqlConnection held = pool.getConnection().await().indefinitely();
        liveness.probe();
        await().until(() -> liveness.call().getStatus() == HealthCheckResponse.Status.DOWN);

        held.close().await().indefinitely();
        await().until(() -> liveness.call().getStatus() == HealthCheckResponse.Status.UP);
    }

    private Pool poolOf(PgConnectOptions options) {
        return Pool.newInstance(PgBuilder.pool().with(new PoolOptions().setMaxSize(1)).connectingTo(options)
                .using(vertx.getDelegate()).build());
    }
}
