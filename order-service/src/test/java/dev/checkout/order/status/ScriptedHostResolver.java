package dev.checkout.order.status;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tests' resolver (replacing the JVM's, a {@code @DefaultBean}): a scripted host answers each lookup with the next
 * of its scripted addresses, then keeps answering the last; every other host resolves as usual (no DNS is asked for
 * the scripted names, which exist nowhere).
 */
@ApplicationScoped
public class ScriptedHostResolver implements HostResolver {

    private static final Map<String, Deque<String>> SCRIPTS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> LOOKUPS = new ConcurrentHashMap<>();

    /** From now on, lookups of {@code host} answer {@code addresses} in turn, one per lookup. */
    static void script(String host, String... addresses) {
        SCRIPTS.put(host, new ArrayDeque<>(List.of(addresses)));
        LOOKUPS.put(host, new AtomicInteger());
    }

    /** How often {@code host} was looked up since it was scripted. */
    static int lookups(String host) {
        return LOOKUPS.get(host).get();
    }

    @Override
    public Uni<List<InetAddress>> resolve(String host) {
        Deque<String> script = SCRIPTS.get(host);
        return Uni.createFrom().item(() -> {
            try {
                if (script == null) {
                    return List.of(InetAddress.getAllByName(host));
                }
                LOOKUPS.get(host).incrementAndGet();
                synchronized (script) {
                    String next = script.size() > 1 ? script.poll() : script.peek();
                    return List.of(InetAddress.getByName(next));
                }
            } catch (UnknownHostException e) {
                throw new CallbackAddressRefused(host + " does not resolve");
            }
        });
    }
}
