package dev.checkout.analytics;

import dev.checkout.analytics.fixtures.ConsumerProgress;
import dev.checkout.analytics.fixtures.OrderEvents;
import dev.checkout.testsupport.TestBroker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * How many order.placed events one instance absorbs against the local PostgreSQL and RabbitMQ: publishes
 * {@code benchmark.events} events to the real queue as fast as the broker confirms them, and measures until the
 * consumer has committed the last one. Prints figures, asserts nothing about speed. Run with
 * {@code ./mvnw -pl analytics-worker verify -Pbenchmark} (see the README); never part of the default build.
 * <p>
 * Two workloads: "live", every order in the current hour (the counters of one hour and currency are then the
 * hottest rows there are), and "backfill", orders spread over 30 days (little contention). While it runs, it samples
 * what the service's database sessions are doing, to tell whether the worker or the database is the limit.
 */
@QuarkusTest
class ThroughputBenchmark {

    private static final List<String> CURRENCIES = List.of("EUR", "GBP", "USD");
    private static final List<String> COUNTRIES = List.of("DE", "FR", "IE", "GB", "US", "NL", "ES", "IT", "PL", "SE");

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "db.user")
    String user;

    @ConfigProperty(name = "db.password")
    String password;

    @ConfigProperty(name = "mp.messaging.incoming.analytics.max-outstanding-messages")
    int prefetch;

    @ConfigProperty(name = "quarkus.datasource.reactive.max-size")
    int poolSize;

    @Test
    void measureThroughput() throws Exception {
        int events = Integer.getInteger("benchmark.events", 20_000);
        Duration limit = Duration.parse(System.getProperty("benchmark.limit", "PT5M"));
        System.out.printf("%nBenchmark: %d events per workload, prefetch %d, pool %d, %d cores%n", events, prefetch,
                poolSize, Runtime.getRuntime().availableProcessors());
        run("warm-up", Math.min(events, 2_000), Duration.ZERO, limit);
        run("live", events, Duration.ZERO, limit);
        run("backfill", events, Duration.ofDays(30), limit);
    }

    private void run(String workload, int events, Duration spread, Duration limit) throws Exception {
        Random random = new Random(42);
        String skuPrefix = "BENCH-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        Instant now = Instant.now();
        List<String> bodies = new ArrayList<>(events);
        List<String> ids = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            Instant placedAt = spread.isZero() ? now
                    : now.minus(random.nextLong(spread.toSeconds()), ChronoUnit.SECONDS);
            List<OrderEvents.Line> lines = lines(random, skuPrefix);
            JsonObject event = OrderEvents.orderPlaced(UUID.randomUUID(), placedAt, ZoneOffset.UTC,
                    CURRENCIES.get(random.nextInt(CURRENCIES.size())),
                    lines.stream().mapToLong(OrderEvents.Line::totalMinor).sum(),
                    COUNTRIES.get(random.nextInt(COUNTRIES.size())), lines);
            bodies.add(event.encode());
            ids.add(event.getString("eventId"));
        }

        Timer latency = registry.find("consumer.handler.latency").tag("consumer", "analytics").timer();
        long latencyCountBefore = latency.count();
        double latencyTotalBefore = latency.totalTime(TimeUnit.MILLISECONDS);
        ConsumerProgress progress = ConsumerProgress.from(registry);
        CpuClock cpu = CpuClock.start();
        try (SessionSampler sessions = new SessionSampler(jdbcUrl, user, password)) {
            long start = System.nanoTime();
            try (TestBroker rabbit = TestBroker.of("analytics")) {
                for (int i = 0; i < events; i++) {
                    rabbit.send("order.placed", ids.get(i), bodies.get(i));
                    if (i % 1000 == 999) {
                        rabbit.awaitConfirms();
                    }
                }
                rabbit.awaitConfirms();
            }
            long published = System.nanoTime();
            progress.awaitSettled(events, limit);
            long settled = System.nanoTime();

            double seconds = (settled - start) / 1e9;
            double handlerMs = (latency.totalTime(TimeUnit.MILLISECONDS) - latencyTotalBefore)
                    / Math.max(1, latency.count() - latencyCountBefore);
            System.out.printf("%n[%s] %d events in %.1f s: %.0f events/s (all published after %.1f s, %.0f/s)%n",
                    workload, events, seconds, events / seconds, (published - start) / 1e9,
                    events / ((published - start) / 1e9));
            System.out.printf("[%s] mean time in the consumer per message (transaction, commit): %.1f ms%n",
                    workload, handlerMs);
            System.out.printf("[%s] CPU seconds: %s, over %.1f s of wall time%n", workload, cpu.used(), seconds);
            System.out.printf("[%s] database sessions of the service, share of samples: %s%n", workload,
                    sessions.shares());
        }
    }

    private static List<OrderEvents.Line> lines(Random random, String skuPrefix) {
        List<OrderEvents.Line> lines = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int l = 0; l < count; l++) {
            lines.add(new OrderEvents.Line(skuPrefix + random.nextInt(200), 1 + random.nextInt(3),
                    100 + random.nextInt(5000)));
        }
        return lines;
    }

    /** CPU time used by this JVM, PostgreSQL and RabbitMQ since {@link #start()}, from /proc. */
    private record CpuClock(Map<String, Long> startTicks) {

        private static final double TICKS_PER_SECOND = 100;

        static CpuClock start() {
            return new CpuClock(ticks());
        }

        String used() {
            Map<String, Long> now = ticks();
            Map<String, String> used = new TreeMap<>();
            now.forEach((name, ticks) -> used.put(name,
                    String.format("%.1f", (ticks - startTicks.getOrDefault(name, 0L)) / TICKS_PER_SECOND)));
            return used.toString();
        }

        private static Map<String, Long> ticks() {
            Map<String, Long> ticks = new TreeMap<>();
            long self = ProcessHandle.current().pid();
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                    try {
                        String stat = Files.readString(p.resolve("stat"));
                        String command = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long cpu = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        String name = Long.parseLong(p.getFileName().toString()) == self ? "analytics-worker (this JVM)"
                                : command.startsWith("postgres") ? "postgresql"
                                : command.startsWith("beam") ? "rabbitmq" : null;
                        if (name != null) {
                            ticks.merge(name, cpu, Long::sum);
                        }
                    } catch (IOException | RuntimeException gone) {
                        // A process that ended between listing and reading: nothing to count.
                    }
                });
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return ticks;
        }
    }

    /**
     * Samples pg_stat_activity every 50 ms on its own JDBC connection: sessions waiting on a lock mean row
     * contention, "idle in transaction" means the database waits for the worker, active ones work or flush.
     */
    private static final class SessionSampler implements AutoCloseable {

        private final Connection connection;
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
        private final AtomicLong samples = new AtomicLong();

        SessionSampler(String url, String user, String password) throws Exception {
            connection = DriverManager.getConnection(url, user, password);
            timer.scheduleAtFixedRate(this::sample, 0, 50, TimeUnit.MILLISECONDS);
        }

        private void sample() {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("""
                         select state, coalesce(wait_event_type || ':' || wait_event, 'running') as waiting
                         from pg_stat_activity
                         where datname = current_database() and usename = current_user and pid <> pg_backend_pid()
                           and application_name not like 'PostgreSQL JDBC%'""")) {
                while (rows.next()) {
                    String state = rows.getString("state");
                    String key = "active".equals(state) ? "active " + rows.getString("waiting") : state;
                    counts.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
                }
                samples.incrementAndGet();
            } catch (Exception e) {
                counts.computeIfAbsent("sampling failed: " + e.getMessage(), k -> new AtomicLong()).incrementAndGet();
            }
        }

        /** Average number of sessions in each state per sample. */
        String shares() {
            Map<String, String> shares = new TreeMap<>();
            long n = Math.max(1, samples.get());
            counts.forEach((state, count) -> shares.put(state, String.format("%.1f", count.get() / (double) n)));
            return shares.toString();
        }

        @Override
        public void close() throws Exception {
            timer.shutdownNow();
            timer.awaitTermination(1, TimeUnit.SECONDS);
            connection.close();
        }
    }
}
