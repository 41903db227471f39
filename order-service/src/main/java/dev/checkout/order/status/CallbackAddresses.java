package dev.checkout.order.status;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The address a webhook attempt connects to. The callback's host is resolved again on every attempt and the
 * connection goes to the address checked here, never to a second lookup: a host on the allow-list that resolves (or is
 * later re-pointed, DNS rebinding) to a loopback, private, link-local, unique-local, carrier-grade NAT, multicast or
 * unspecified address is refused, so a receiver cannot steer the service to the cluster's own endpoints or a cloud
 * metadata service. If any of the host's addresses is refused, all are. Networks in
 * {@code order-status.webhooks.allowed-private-networks} (dev and test only: receivers on 127.0.0.1) are exempt.
 */
@ApplicationScoped
class CallbackAddresses {

    private static final List<Network> REFUSED = List.of(
            Network.parse("0.0.0.0/8"), Network.parse("10.0.0.0/8"), Network.parse("100.64.0.0/10"),
            Network.parse("127.0.0.0/8"), Network.parse("169.254.0.0/16"), Network.parse("172.16.0.0/12"),
            Network.parse("192.0.0.0/24"), Network.parse("192.168.0.0/16"), Network.parse("198.18.0.0/15"),
            Network.parse("224.0.0.0/3"),
            // IPv6: unspecified, loopback and IPv4-compatible; NAT64; unique-local; link-local; multicast.
            Network.parse("::/96"), Network.parse("64:ff9b::/96"), Network.parse("fc00::/7"), Network.parse("fe80::/10"),
            Network.parse("ff00::/8"));

    private final HostResolver resolver;
    private final List<Network> allowedPrivate;

    @Inject
    CallbackAddresses(HostResolver resolver, StatusConfig config) {
        this(resolver, config.webhooks().allowedPrivateNetworks().orElse(List.of()));
    }

    CallbackAddresses(HostResolver resolver, List<String> allowedPrivateNetworks) {
        this.resolver = resolver;
        this.allowedPrivate = allowedPrivateNetworks.stream().map(Network::parse).toList();
    }

    /** The address to connect to for {@code host}; fails with {@link CallbackAddressRefused}. */
    Uni<InetAddress> resolve(String host) {
        return resolver.resolve(host).map(addresses -> {
            if (addresses.isEmpty()) {
                throw new CallbackAddressRefused(host + " does not resolve");
            }
            for (InetAddress address : addresses) {
                if (isRefused(address)) {
                    throw new CallbackAddressRefused(host + " resolves to " + address.getHostAddress()
                            + ", an address webhooks may not be sent to");
                }
            }
            return addresses.get(0);
        });
    }

    private boolean isRefused(InetAddress address) {
        return REFUSED.stream().anyMatch(network -> network.contains(address))
                && allowedPrivate.stream().noneMatch(network -> network.contains(address));
    }

    /** An address block in CIDR notation, IPv4 or IPv6. */
    record Network(byte[] prefix, int bits) {

        static Network parse(String cidr) {
            int slash = cidr.indexOf('/');
            try {
                byte[] address = InetAddress.getByName(slash < 0 ? cidr : cidr.substring(0, slash)).getAddress();
                int bits = slash < 0 ? address.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
                if (bits < 0 || bits > address.length * 8) {
                    throw new IllegalArgumentException("not a network: " + cidr);
                }
                return new Network(address, bits);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("not a network: " + cidr, e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != prefix.length) {
                return false;
            }
            int shift = prefix.length * 8 - bits;
            return new BigInteger(1, candidate).shiftRight(shift).equals(new BigInteger(1, prefix).shiftRight(shift));
        }
    }
}
