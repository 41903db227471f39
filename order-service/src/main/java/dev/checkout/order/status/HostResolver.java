package dev.checkout.order.status;

import io.smallrye.mutiny.Uni;

import java.net.InetAddress;
import java.util.List;

/** Looks a host name up in DNS (or reads an address literal): the seam the webhook tests replace. */
interface HostResolver {

    Uni<List<InetAddress>> resolve(String host);
}
