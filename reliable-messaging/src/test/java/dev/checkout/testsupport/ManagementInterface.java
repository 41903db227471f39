package dev.checkout.testsupport;

import org.eclipse.microprofile.config.ConfigProvider;

/** Where a service under test serves /q/*: its management interface, not the API port RestAssured points at. */
public final class ManagementInterface {

    private ManagementInterface() {
    }

    public static String url(String path) {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        return "http://localhost:" + port + path;
    }
}
