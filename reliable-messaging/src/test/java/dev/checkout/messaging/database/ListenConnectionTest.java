package dev.checkout.messaging.database;

import io.vertx.core.net.PemTrustOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The LISTEN connection verifies the server as the reactive pool's settings say. */
class ListenConnectionTest {

    @Test
    void takesThePoolsTlsSettings() {
        PgConnectOptions options = new ListenConnection("postgresql://postgres-rw:5432/orders", "orders", "pw",
                Optional.of("verify-full"), true, Optional.of(List.of("/etc/checkout/tls/postgres-ca.crt")), Optional.of("HTTPS"))
                .options();

        assertThat(options.getHost()).isEqualTo("postgres-rw");
        assertThat(options.getDatabase()).isEqualTo("orders");
        assertThat(options.getUser()).isEqualTo("orders");
        assertThat(options.getSslMode()).isEqualTo(SslMode.VERIFY_FULL);
        assertThat(options.getHostnameVerificationAlgorithm()).isEqualTo("HTTPS");
        assertThat(options.getTrustOptions()).isInstanceOfSatisfying(PemTrustOptions.class,
                pem -> assertThat(pem.getCertPaths()).containsExactly("/etc/checkout/tls/postgres-ca.crt"));
    }

    @Test
    void withoutTlsSettingsConnectsInPlain() {
        PgConnectOptions options = new ListenConnection("postgresql://127.0.0.1:5432/orders", "orders", "pw",
                Optional.empty(), false, Optional.empty(), Optional.of("NONE")).options();

        assertThat(options.getSslMode()).isEqualTo(SslMode.DISABLE);
        assertThat(options.getTrustOptions()).isNull();
        assertThat(options.getHostnameVerificationAlgorithm()).isNullOrEmpty();
    }

    @Test
    void theCertificatesCountOnlyWhenPemTrustIsEnabled() {
        PgConnectOptions options = new ListenConnection("postgresql://127.0.0.1:5432/orders", "orders", "pw",
                Optional.of("require"), false, Optional.of(List.of("/etc/checkout/tls/postgres-ca.crt")), Optional.empty())
                .options();

        assertThat(options.getSslMode()).isEqualTo(SslMode.REQUIRE);
        assertThat(options.getTrustOptions()).isNull();
    }
}
