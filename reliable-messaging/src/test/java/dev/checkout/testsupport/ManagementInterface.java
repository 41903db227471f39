package dev.checkout.testsupport;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where a service under test serves /q/*: its management interface, not the API port RestAssured points at; an app
 * without a management interface (the messaging library's test app) serves them on the API port.
 */
public final class ManagementInterface {

    private ManagementInterface() {
    }

    public static String url(String path) {
        Config config = ConfigProvider.getConfig();
        // The API's test port as the running app has it (a random one is resolved once it listens).
        int port = config.getOptionalValue("quarkus.management.enabled", Boolean.class).orElse(false)
                ? config.getValue("quarkus.management.test-port", Integer.class)
                : config.getValue("quarkus.http.test-port", Integer.class);
        return "http://localhost:" + port + path;
    }
}
