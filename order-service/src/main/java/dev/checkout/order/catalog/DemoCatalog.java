package dev.checkout.order.catalog;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;

/**
 * A few products to try the API with, outside prod. Existing rows are left alone, so a restart never resets stock or
 * undoes an operator's PUT.
 */
@ApplicationScoped
class DemoCatalog {

    private static final Logger LOG = Logger.getLogger(DemoCatalog.class);

    private static final List<Tuple> PRODUCTS = List.of(
            Tuple.of("MUG-001", "Fan-out coffee mug", 1200L, "EUR", 1000),
            Tuple.of("TEE-001", "Outbox pattern T-shirt", 2100L, "EUR", 500),
            Tuple.of("CAP-001", "Dead-letter cap", 1500L, "EUR", 300),
            Tuple.of("STICKER-001", "Idempotency sticker pack", 450L, "EUR", 5000),
            Tuple.of("BOOK-001", "Reliable messaging handbook", 3900L, "EUR", 50));

    private static final String INSERT = """
            insert into product (sku, name, price_minor, currency, stock) values ($1, $2, $3, $4, $5)
            on conflict (sku) do nothing""";

    private final Pool pool;
    private final CatalogConfig config;

    DemoCatalog(Pool pool, CatalogConfig config) {
        this.pool = pool;
        this.config = config;
    }

    void load(@Observes StartupEvent event) {
        if (!config.demo().enabled()) {
            return;
        }
        try {
            // Startup runs on the main thread, and the catalog should be there before the first request.
            pool.preparedQuery(INSERT).executeBatch(PRODUCTS).await().atMost(Duration.ofSeconds(30));
            LOG.infof("Demo catalog ready (%d products)", PRODUCTS.size());
        } catch (RuntimeException e) {
            // A service whose database is down still starts (and reports not ready) rather than crash-looping.
            LOG.warnf("Demo catalog not loaded: %s", e.getMessage());
        }
    }
}
