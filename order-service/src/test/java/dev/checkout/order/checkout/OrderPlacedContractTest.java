package dev.checkout.order.checkout;

import dev.checkout.order.fixtures.PropertyRun;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@link OrderPlacedContractProperties} (jqwik) against this test's running service. jqwik's engine cannot
 * drive a {@code @QuarkusTest}, so the service is started here and the properties run through the JUnit Platform
 * launcher, in the system class loader, talking to it over HTTP like any client; jqwik's report (with the seed to
 * repeat a failure) is printed and is part of the failure message.
 */
@QuarkusTest
class OrderPlacedContractTest {

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void whatTheApiAcceptsTheContractAccepts() throws Exception {
        Config config = ConfigProvider.getConfig();
        System.setProperty(OrderPlacedContractProperties.BASE_URL,
                "http://127.0.0.1:" + config.getValue("quarkus.http.test-port", int.class));
        System.setProperty(OrderPlacedContractProperties.JDBC_URL,
                config.getValue("quarkus.datasource.jdbc.url", String.class));
        System.setProperty(OrderPlacedContractProperties.DB_USER,
                config.getValue("quarkus.datasource.username", String.class));
        System.setProperty(OrderPlacedContractProperties.DB_PASSWORD,
                config.getValue("quarkus.datasource.password", String.class));

        assertThat(failures(OrderPlacedContractProperties.class.getName())).isEmpty();
    }

    /** The run, with the system class loader as the context: the one that loads jqwik and the properties. */
    @SuppressWarnings("unchecked")
    private static List<String> failures(String propertiesClass) throws Exception {
        ClassLoader system = ClassLoader.getSystemClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader quarkus = thread.getContextClassLoader();
        thread.setContextClassLoader(system);
        try {
            return (List<String>) Class.forName(PropertyRun.class.getName(), true, system)
                    .getMethod("failures", String.class).invoke(null, propertiesClass);
        } finally {
            thread.setContextClassLoader(quarkus);
        }
    }
}
