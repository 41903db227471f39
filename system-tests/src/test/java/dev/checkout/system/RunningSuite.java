package dev.checkout.system;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.checkout.testsupport.Tokens;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The five packaged services as separate processes, against the real PostgreSQL (databases {@code <service>_system})
 * and RabbitMQ (virtual host {@code test-system}), with a real SMTP server (GreenMail) behind a proxy that can make
 * it slow. Started once for all journeys, stopped when they are done.
 */
final class RunningSuite implements ExtensionContext.Store.CloseableResource {

    final GreenMail smtp;
    final LatencyProxy slowSmtp;
    final ServiceProcess orders;
    final ServiceProcess email;
    final ServiceProcess fraud;
    final ServiceProcess analytics;
    final ServiceProcess fulfilment;

    /** The email-worker signs the links in its emails with it, and order-service verifies them. */
    static final String STATUS_LINK_KEY = "system:" + randomSecret();

    RunningSuite() {
        Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        int smtpPort = freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        slowSmtp = new LatencyProxy(smtpPort);
        int ordersPort = freePort();
        int emailPort = freePort();
        int fraudPort = freePort();
        int analyticsPort = freePort();
        // Its embedded warehouse simulator (off in the prod profile the packaged service runs) on its own port.
        int fulfilmentPort = freePort();
        Map<String, String> ordersEnvironment = new HashMap<>(Map.of(
                "PAYMENT_SIMULATOR_ENABLED", "true",
                "ORDER_STATUS_DELAYED_AFTER", "10s",
                "PAYMENT_PROVIDER_URL", "http://127.0.0.1:" + ordersPort,
                // Receipts, fetched from the email-worker as the realm client order-service; the dead-letter
                // console's calls go to the same port.
                "EMAIL_WORKER_URL", "http://127.0.0.1:" + emailPort,
                "OIDC_CLIENT_SECRET", "order-service-secret",
                "STATUS_LINK_KEY", STATUS_LINK_KEY));
        ordersEnvironment.putAll(Map.of(
                "FRAUD_WORKER_URL", "http://127.0.0.1:" + fraudPort,
                "ANALYTICS_WORKER_URL", "http://127.0.0.1:" + analyticsPort,
                "FULFILMENT_WORKER_URL", "http://127.0.0.1:" + fulfilmentPort,
                "WEB_SESSION_SECRET", randomSecret()));
        orders = new ServiceProcess(root, "order-service", ordersPort, environment("orders", ordersEnvironment));
        email = new ServiceProcess(root, "email-worker", emailPort, environment("email", Map.of(
                "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", String.valueOf(slowSmtp.port()),
                "STATUS_LINK_KEY", STATUS_LINK_KEY)));
        fraud = new ServiceProcess(root, "fraud-worker", fraudPort, environment("fraud", Map.of()));
        analytics = new ServiceProcess(root, "analytics-worker", analyticsPort, environment("analytics", Map.of()));
        fulfilment = new ServiceProcess(root, "fulfilment-worker", fulfilmentPort, environment("fulfilment", Map.of(
                "WAREHOUSE_SIMULATOR_ENABLED", "true",
                "WAREHOUSE_URL", "http://127.0.0.1:" + fulfilmentPort)));
    }

    List<ServiceProcess> services() {
        return List.of(orders, email, fraud, analytics, fulfilment);
    }

    void start() {
        smtp.start();
        services().forEach(ServiceProcess::start);
    }

    /** Every journey leaves the suite as it found it: all services up, the mail server fast. */
    void restore() throws Exception {
        slowSmtp.delay(Duration.ZERO);
        for (ServiceProcess service : services()) {
            if (!service.isRunning()) {
                service.start();
            }
        }
    }

    @Override
    public void close() throws IOException {
        services().forEach(ServiceProcess::stop);
        slowSmtp.close();
        smtp.stop();
    }

    /** How the journeys run a service as {@code user}: its system-test database, the test virtual host, the realm. */
    static Map<String, String> environment(String user, Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "DB_NAME", user + "_system",
                "DB_PASSWORD", user,
                "RABBITMQ_PASSWORD", user,
                "RABBITMQ_VIRTUAL_HOST", Broker.VHOST,
                "OIDC_AUTH_SERVER_URL", Tokens.REALM_URL,
                "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false"));
        environment.putAll(extra);
        return environment;
    }

    private static String randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
