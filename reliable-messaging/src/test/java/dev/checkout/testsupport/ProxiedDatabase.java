package dev.checkout.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Puts a {@link CuttableProxy} between the service's reactive pool and the shared PostgreSQL, so that a test can take
 * the database away from this service alone. Init arg {@code database}: the test database's name. The proxy is
 * injected into the test's {@code CuttableProxy} field.
 */
public class ProxiedDatabase implements QuarkusTestResourceLifecycleManager {

    private static final int POSTGRES_PORT = 5432;

    private CuttableProxy proxy;
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
    }

    @Override
    public Map<String, String> start() {
        proxy = new CuttableProxy(POSTGRES_PORT);
        return Map.of("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + proxy.port() + "/" + database);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(proxy, new TestInjector.MatchesType(CuttableProxy.class));
    }

    @Override
    public void stop() {
        try {
            proxy.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
