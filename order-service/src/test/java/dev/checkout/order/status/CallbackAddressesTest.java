package dev.checkout.order.status;

import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With prod's settings (no exempt network): what a callback host may resolve to. */
class CallbackAddressesTest {

    private static final String HOST = "hooks.shop.example";

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "10.0.0.1", "10.255.1.2", "172.16.5.4", "192.168.1.1",
            "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255",
            "::1", "::", "fe80::1", "fd00::1", "fc00::abcd", "ff02::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1",
            "64:ff9b::a00:1"})
    void refusesAHostThatResolvesToAPrivateLoopbackLinkLocalOrUniqueLocalAddress(String address) {
        CallbackAddresses addresses = new CallbackAddresses(resolvingTo(address), List.of());

        assertThatThrownBy(() -> addresses.resolve(HOST).await().indefinitely())
                .isInstanceOf(CallbackAddressRefused.class).hasMessageContaining(HOST + " resolves to");
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:2800:220:1:248:1893:25c8:1946"})
    void connectsToThePublicAddressItChecked(String address) throws Exception {
        CallbackAddresses addresses = new CallbackAddresses(resolvingTo(address), List.of());

        assertThat(addresses.resolve(HOST).await().indefinitely()).isEqualTo(InetAddress.getByName(address));
    }

    @Test
    void oneRefusedAddressAmongPublicOnesRefusesTheHost() {
        CallbackAddresses addresses = new CallbackAddresses(resolvingTo("93.184.216.34", "10.0.0.1"), List.of());

        assertThatThrownBy(() -> addresses.resolve(HOST).await().indefinitely())
                .isInstanceOf(CallbackAddressRefused.class).hasMessageContaining("10.0.0.1");
    }

    @Test
    void resolvesOnEveryCallSoARebindingIsSeen() {
        List<String> answers = new ArrayList<>(List.of("93.184.216.34", "169.254.169.254"));
        CallbackAddresses addresses = new CallbackAddresses(host -> Uni.createFrom().item(() -> address(answers.remove(0))),
                List.of());

        assertThat(addresses.resolve(HOST).await().indefinitely().getHostAddress()).isEqualTo("93.184.216.34");
        assertThatThrownBy(() -> addresses.resolve(HOST).await().indefinitely())
                .isInstanceOf(CallbackAddressRefused.class).hasMessageContaining("169.254.169.254");
    }

    @Test
    void anExemptNetworkIsExemptAndNoOtherIs() {
        CallbackAddresses local = new CallbackAddresses(resolvingTo("127.0.0.1"), List.of("127.0.0.0/8", "::1"));
        CallbackAddresses lan = new CallbackAddresses(resolvingTo("10.0.0.1"), List.of("127.0.0.0/8", "::1"));

        assertThat(local.resolve(HOST).await().indefinitely().getHostAddress()).isEqualTo("127.0.0.1");
        assertThatThrownBy(() -> lan.resolve(HOST).await().indefinitely()).isInstanceOf(CallbackAddressRefused.class);
    }

    @Test
    void aHostThatResolvesToNothingIsRefused() {
        CallbackAddresses addresses = new CallbackAddresses(host -> Uni.createFrom().item(List.of()), List.of());

        assertThatThrownBy(() -> addresses.resolve(HOST).await().indefinitely())
                .isInstanceOf(CallbackAddressRefused.class).hasMessageContaining("does not resolve");
    }

    private static HostResolver resolvingTo(String... addresses) {
        return host -> Uni.createFrom().item(() -> {
            List<InetAddress> resolved = new ArrayList<>();
            for (String address : addresses) {
                resolved.addAll(address(address));
            }
            return resolved;
        });
    }

    private static List<InetAddress> address(String literal) {
        try {
            return List.of(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
