package dev.checkout.messaging.database;

import io.vertx.core.net.PemTrustOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/**
 * Where a service's {@code LISTEN} connection goes (order-service's, which wakes its order streams and webhook
 * dispatcher): a connection of its own, outside the reactive pool, made with the
 * pool's own settings, TLS included ({@code quarkus.datasource.reactive.postgresql.ssl-mode}, the PEM CA
 * certificates of {@code quarkus.datasource.reactive.trust-certificate-pem} and the hostname verification
 * algorithm), so it verifies the server exactly as the pool does.
 */
@ApplicationScoped
public class ListenConnection {

    private final PgConnectOptions options;

    public ListenConnection(
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") String password,
            @ConfigProperty(name = "quarkus.datasource.reactive.postgresql.ssl-mode") Optional<String> sslMode,
            @ConfigProperty(name = "quarkus.datasource.reactive.trust-certificate-pem", defaultValue = "false") boolean trustPem,
            @ConfigProperty(name = "quarkus.datasource.reactive.trust-certificate-pem.certs") Optional<List<String>> caCertificates,
            @ConfigProperty(name = "quarkus.datasource.reactive.hostname-verification-algorithm") Optional<String> hostnameVerification) {
        this.options = PgConnectOptions.fromUri(url).setUser(username).setPassword(password);
        sslMode.map(SslMode::of).ifPresent(options::setSslMode);
        // As Quarkus reads them for the pool: the PEM certificates only when enabled, NONE for no host name check.
        caCertificates.filter(certs -> trustPem && !certs.isEmpty()).ifPresent(certs -> {
            PemTrustOptions trust = new PemTrustOptions();
            certs.forEach(trust::addCertPath);
            options.setTrustOptions(trust);
        });
        hostnameVerification.filter(algorithm -> !algorithm.equalsIgnoreCase("NONE"))
                .ifPresent(options::setHostnameVerificationAlgorithm);
    }

    public PgConnectOptions options() {
        return options;
    }
}
