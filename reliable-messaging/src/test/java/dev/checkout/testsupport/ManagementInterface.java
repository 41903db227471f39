package dev.checkout.testsupport;

import io.restassured.RestAssured;
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
        int port = config.getOptionalValue("quarkus.management.enabled", Boolean.class).orElse(false)
                ? config.getValue("quarkus.management.test-port", Integer.class) : RestAssured.port;
        return "http://localhost:" + port + path;
    }
}
