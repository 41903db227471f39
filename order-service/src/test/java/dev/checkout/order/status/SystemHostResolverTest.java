package dev.checkout.order.status;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The resolver prod uses: what the JVM resolves; a name that resolves to nothing is a refused address. */
class SystemHostResolverTest {

    private final SystemHostResolver resolver = new SystemHostResolver();

    @Test
    void resolvesAnAddressLiteralToItself() throws Exception {
        assertThat(resolver.resolve("10.0.0.8").await().indefinitely()).containsExactly(InetAddress.getByName("10.0.0.8"));
    }

    @Test
    void aNameThatDoesNotResolveIsRefused() {
        // .invalid never resolves (RFC 2606).
        assertThatThrownBy(() -> resolver.resolve("no-such-host.invalid").await().indefinitely())
                .isInstanceOf(CallbackAddressRefused.class).hasMessageContaining("does not resolve");
    }
}
