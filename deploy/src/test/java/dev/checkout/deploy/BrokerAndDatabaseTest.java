package dev.checkout.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.checkout.deploy.CodeConsistencyTest.appContainer;
import static dev.checkout.deploy.CodeConsistencyTest.environment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * RabbitMQ and PostgreSQL as the overlays set them up: the definitions loaded in-cluster are deploy/rabbitmq's, with
 * a user and permissions for every service, fed from the same Secrets the services read; the databases and users
 * are those the services connect as; prod replicates the quorum queues on three nodes.
 */
class BrokerAndDatabaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<String> overlays() {
        return Repo.overlays().toList();
    }

    /** The RabbitMQ pod template of an overlay and the RabbitMQ configuration it boots with. */
    record Broker(String overlay, JsonNode podSpec, String config, String serviceName) {
    }

    static Broker broker(String overlay) {
        List<ObjectNode> objects = Repo.render(overlay);
        var cluster = Repo.find(objects, "RabbitmqCluster", "rabbitmq");
        if (cluster.isPresent()) {
            JsonNode spec = cluster.get().path("spec");
            return new Broker(overlay, spec.path("override").path("statefulSet").path("spec").path("template").path("spec"),
                    spec.path("rabbitmq").path("additionalConfig").asText(), "rabbitmq");
        }
        ObjectNode statefulSet = Repo.get(objects, "StatefulSet", "rabbitmq");
        JsonNode podSpec = statefulSet.path("spec").path("template").path("spec");
        String configMap = volume(podSpec, mountOf(container(podSpec, "rabbitmq"), "/etc/rabbitmq/rabbitmq.conf")
                .path("name").asText()).path("configMap").path("name").asText();
        return new Broker(overlay, podSpec, Repo.get(objects, "ConfigMap", configMap).path("data").path("rabbitmq.conf").asText(),
                "rabbitmq");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theTopologyLoadedInClusterIsDeployRabbitmq(String overlay) throws IOException {
        List<ObjectNode> objects = Repo.render(overlay);
        JsonNode loaded = JSON.readTree(Repo.get(objects, "ConfigMap", "rabbitmq-topology").path("data")
                .path("definitions.json").asText());
        assertThat(loaded).isEqualTo(JSON.readTree(Repo.DEFINITIONS.toFile()));
        assertThat(Repo.get(objects, "ConfigMap", "rabbitmq-definitions-script").path("data")
                .path("render-definitions.sh").asText()).isEqualTo(Repo.read(Repo.RENDER_SCRIPT));

        Broker broker = broker(overlay);
        JsonNode init = container(broker.podSpec().path("initContainers"), "render-definitions");
        List<String> command = new ArrayList<>();
        init.path("command").forEach(c -> command.add(c.asText()));
        init.path("args").forEach(c -> command.add(c.asText()));
        assertThat(command).hasSize(4);
        String script = command.get(1);
        String topology = command.get(2);
        String out = command.get(3);
        assertThat(configMapBehind(broker.podSpec(), init, script)).isEqualTo("rabbitmq-definitions-script");
        assertThat(configMapBehind(broker.podSpec(), init, topology)).isEqualTo("rabbitmq-topology");

        String definitionsVolume = mountContaining(init, out).path("name").asText();
        assertThat(volume(broker.podSpec(), definitionsVolume).has("emptyDir")).isTrue();
        JsonNode rabbit = container(broker.podSpec(), "rabbitmq");
        String importPath = mountByVolume(rabbit, definitionsVolume).path("mountPath").asText();
        Map<String, String> config = conf(broker.config());
        assertThat(config).containsEntry("definitions.import_backend", "local_filesystem");
        assertThat(config.get("definitions.local.path").replaceAll("/$", ""))
                .as("%s: RabbitMQ imports the directory the init container writes", overlay).isEqualTo(importPath);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceHasItsUserVhostAndPermissionsFromItsOwnSecret(String overlay, @TempDir Path dir)
            throws Exception {
        List<ObjectNode> objects = Repo.render(overlay);
        Broker broker = broker(overlay);
        JsonNode init = container(broker.podSpec().path("initContainers"), "render-definitions");

        // Run the script as the init container would, with a distinct dummy password per variable.
        Map<String, String> env = new HashMap<>();
        Map<String, JsonNode> initEnv = new LinkedHashMap<>();
        for (JsonNode e : init.path("env")) {
            initEnv.put(e.path("name").asText(), e);
            env.put(e.path("name").asText(), e.path("name").asText().equals("RABBITMQ_ADMIN_USERNAME")
                    ? "operator-default-user" : "pw-" + e.path("name").asText());
        }
        runScript(env, dir);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .as("RabbitMQ imports a directory's files in name order: access first")
                    .containsExactly("00-access.json", "10-topology.json");
        }
        JsonNode access = JSON.readTree(dir.resolve("00-access.json").toFile());
        JsonNode topology = JSON.readTree(dir.resolve("10-topology.json").toFile());
        assertThat(topology).isEqualTo(JSON.readTree(Repo.DEFINITIONS.toFile()));

        Set<String> vhosts = new TreeSet<>(access.path("vhosts").findValuesAsText("name"));
        assertThat(topology.findValuesAsText("vhost")).as("every topology object's vhost is created first")
                .allMatch(vhosts::contains);

        for (String service : Repo.SERVICES) {
            ServiceSettings settings = ServiceSettings.of(service);
            JsonNode app = appContainer(objects, service);
            Map<String, JsonNode> appEnv = environment(objects, app);
            String user = settings.resolved("rabbitmq-username").orElseThrow();
            String vhost = appEnv.containsKey("RABBITMQ_VIRTUAL_HOST")
                    ? appEnv.get("RABBITMQ_VIRTUAL_HOST").path("value").asText()
                    : settings.resolved("rabbitmq-virtual-host").orElse("checkout");
            String passwordVariable = user.toUpperCase() + "_RABBITMQ_PASSWORD";

            assertThat(vhosts).as("%s: vhost of %s", overlay, service).contains(vhost);
            JsonNode userEntry = entry(access.path("users"), "name", user);
            assertThat(userEntry).as("%s: RabbitMQ user %s of %s", overlay, user, service).isNotNull();
            assertThat(userEntry.path("password").asText()).isEqualTo("pw-" + passwordVariable);
            JsonNode permission = entry(access.path("permissions"), "user", user);
            assertThat(permission).as("%s: permissions of %s", overlay, user).isNotNull();
            assertThat(permission.path("vhost").asText()).isEqualTo(vhost);
            JsonNode topicPermission = entry(access.path("topic_permissions"), "user", user);
            assertThat(topicPermission).as("%s: topic permissions of %s", overlay, user).isNotNull();
            assertThat(topicPermission.path("vhost").asText()).isEqualTo(vhost);
            assertThat(topicPermission.path("exchange").asText()).isEqualTo("checkout.events");

            assertThat(secretRef(initEnv.get(passwordVariable)))
                    .as("%s: RabbitMQ gets %s's password from the Secret the service reads", overlay, user)
                    .isEqualTo(secretRef(appEnv.get("RABBITMQ_PASSWORD")));
            assertThat(appEnv.get("RABBITMQ_HOST").path("value").asText()).isEqualTo(broker.serviceName());
        }
    }

    /** The event types each service's outbox records (OutgoingEvent.of in its code): the only keys it may publish. */
    private static final Map<String, Set<String>> PUBLISHES = Map.of(
            "order-service", Set.of("order.placed"),
            "email-worker", Set.of("email.sent", "email.failed"),
            "fraud-worker", Set.of("fraud.assessed", "fraud.failed"),
            "analytics-worker", Set.of("analytics.recorded", "analytics.failed"),
            "fulfilment-worker", Set.of("fulfilment.requested", "fulfilment.held", "fulfilment.failed"));

    /**
     * Each service user may configure, write and read the shared exchanges and its own consumer's queues and nothing
     * else (not amq.default, through which it could reach any queue); on checkout.events it may publish its own event
     * types and its consumer's retry and delay keys only, and bind its queues with the keys definitions.json binds.
     */
    @ParameterizedTest
    @MethodSource("overlays")
    void eachServiceUserReachesOnlyItsOwnQueuesAndRoutingKeys(String overlay, @TempDir Path dir) throws Exception {
        Map<String, String> env = new HashMap<>();
        for (JsonNode e : container(broker(overlay).podSpec().path("initContainers"), "render-definitions").path("env")) {
            env.put(e.path("name").asText(), "pw");
        }
        runScript(env, dir);
        JsonNode access = JSON.readTree(dir.resolve("00-access.json").toFile());
        JsonNode definitions = JSON.readTree(Repo.DEFINITIONS.toFile());
        Set<String> queues = new TreeSet<>(definitions.path("queues").findValuesAsText("name"));
        Set<String> eventTypes = new TreeSet<>();
        try (Stream<Path> contracts = Files.list(Repo.ROOT.resolve("contracts/src/main/resources/contracts"))) {
            contracts.map(p -> p.getFileName().toString()).filter(f -> f.matches("[a-z]+\\.[a-z]+\\.v\\d+\\.schema\\.json"))
                    .filter(f -> !f.startsWith("envelope.") && !f.startsWith("failure."))
                    .forEach(f -> eventTypes.add(f.substring(0, f.indexOf(".v"))));
        }
        assertThat(eventTypes).containsAll(PUBLISHES.values().stream().flatMap(Set::stream).toList());
        Set<String> keys = new TreeSet<>(eventTypes);
        for (JsonNode b : definitions.path("bindings")) {
            if (b.path("source").asText().equals("checkout.events")) {
                keys.add(b.path("routing_key").asText());
            }
        }

        for (String service : Repo.SERVICES) {
            ServiceSettings settings = ServiceSettings.of(service);
            String user = settings.resolved("rabbitmq-username").orElseThrow();
            Map<String, List<String>> incoming = settings.incomingRoutingKeys();
            assertThat(incoming).as("%s consumes one channel", service).hasSize(1);
            String consumer = incoming.keySet().iterator().next();
            String queue = "checkout." + consumer;

            JsonNode permission = entry(access.path("permissions"), "user", user);
            for (String kind : List.of("configure", "write", "read")) {
                Pattern allowed = Pattern.compile(permission.path(kind).asText());
                Set<String> reachable = new TreeSet<>();
                for (String name : queues) {
                    if (allowed.matcher(name).find()) {
                        reachable.add(name);
                    }
                }
                assertThat(reachable).as("%s: queues %s may %s", overlay, user, kind)
                        .isEqualTo(new TreeSet<>(queues.stream().filter(q -> q.equals(queue) || q.startsWith(queue + ".")
                                || q.equals("checkout.unroutable")).toList()));
                for (String exchange : List.of("checkout.events", "checkout.dlx", "checkout.unroutable")) {
                    assertThat(allowed.matcher(exchange).find()).as("%s: %s may %s %s", overlay, user, kind, exchange)
                            .isTrue();
                }
                for (String exchange : List.of("amq.default", "amq.topic", "amq.direct", "amq.fanout")) {
                    assertThat(allowed.matcher(exchange).find()).as("%s: %s may %s %s", overlay, user, kind, exchange)
                            .isFalse();
                }
            }

            JsonNode topic = entry(access.path("topic_permissions"), "user", user);
            Set<String> own = new TreeSet<>(PUBLISHES.get(service));
            own.add("retry." + consumer);
            Set<String> bound = new TreeSet<>();
            for (JsonNode b : definitions.path("bindings")) {
                String destination = b.path("destination").asText();
                if (b.path("source").asText().equals("checkout.events")
                        && (destination.equals(queue) || destination.startsWith(queue + ".retry."))) {
                    bound.add(b.path("routing_key").asText());
                    if (destination.startsWith(queue + ".retry.")) {
                        own.add(b.path("routing_key").asText());
                    }
                }
            }
            assertThat(bound).as("%s: %s's queue bound as its routing-keys say", overlay, service)
                    .containsAll(incoming.get(consumer));
            assertThat(matching(topic.path("write").asText(), keys)).as("%s: routing keys %s may publish", overlay, user)
                    .isEqualTo(own);
            assertThat(matching(topic.path("read").asText(), keys)).as("%s: routing keys %s may bind", overlay, user)
                    .isEqualTo(bound);
        }
    }

    private static Set<String> matching(String regex, Set<String> candidates) {
        Pattern pattern = Pattern.compile(regex);
        return new TreeSet<>(candidates.stream().filter(c -> pattern.matcher(c).find()).toList());
    }

    @Test
    void theTopologyTableNamesEveryExchangeAndQueue() throws IOException {
        String table = Repo.read(Repo.DEPLOY.resolve("rabbitmq/README.md"));
        JsonNode definitions = JSON.readTree(Repo.DEFINITIONS.toFile());
        List<String> names = new ArrayList<>(definitions.path("exchanges").findValuesAsText("name"));
        names.addAll(definitions.path("queues").findValuesAsText("name"));

        assertThat(names).allSatisfy(name -> assertThat(table).as("deploy/rabbitmq/README.md").contains("`" + name + "`"));
    }

    @Test
    void prodReplicatesTheQuorumQueuesOnThreeNodes() throws IOException {
        ObjectNode cluster = Repo.get(Repo.render("prod"), "RabbitmqCluster", "rabbitmq");
        int replicas = cluster.path("spec").path("replicas").asInt();
        Map<String, String> config = conf(cluster.path("spec").path("rabbitmq").path("additionalConfig").asText());

        assertThat(replicas).isEqualTo(3);
        assertThat(config).containsEntry("quorum_queue.continuous_membership_reconciliation.enabled", "true")
                .containsEntry("quorum_queue.continuous_membership_reconciliation.target_group_size",
                        String.valueOf(replicas));
        assertThat(JSON.readTree(Repo.DEFINITIONS.toFile()).path("queues"))
                .allMatch(q -> q.path("arguments").path("x-queue-type").asText().equals("quorum"));
    }

    @Test
    void devPostgresCreatesEachServicesDatabaseAndUserFromItsSecret() {
        List<ObjectNode> objects = Repo.render("dev");
        JsonNode podSpec = Repo.get(objects, "StatefulSet", "postgres").path("spec").path("template").path("spec");
        JsonNode postgres = container(podSpec, "postgres");
        Map<String, JsonNode> env = new LinkedHashMap<>();
        postgres.path("env").forEach(e -> env.put(e.path("name").asText(), e));
        String initConfigMap = volume(podSpec, mountOf(postgres, "/docker-entrypoint-initdb.d").path("name").asText())
                .path("configMap").path("name").asText();
        String script = Repo.get(objects, "ConfigMap", initConfigMap).path("data").elements().next().asText();
        Matcher names = Pattern.compile("for name in ([a-z0-9 _-]+);").matcher(script);
        assertThat(names.find()).isTrue();
        List<String> created = List.of(names.group(1).trim().split("\\s+"));

        for (String service : Repo.SERVICES) {
            ServiceSettings settings = ServiceSettings.of(service);
            Map<String, JsonNode> appEnv = environment(objects, appContainer(objects, service));
            String user = settings.resolved("db.user").orElseThrow();
            assertThat(settings.resolved("db.name")).as("the init script creates database = user").hasValue(user);
            assertThat(created).as("dev PostgreSQL creates %s", user).contains(user);
            assertThat(secretRef(env.get(user.toUpperCase() + "_DB_PASSWORD"))).as("password of %s", user)
                    .isEqualTo(secretRef(appEnv.get("DB_PASSWORD")));
            assertThat(appEnv.get("DB_HOST").path("value").asText()).isEqualTo("postgres-rw");
            assertThat(Repo.find(objects, "Service", "postgres-rw")).isPresent();
        }
    }

    @Test
    void prodPostgresManagesEachServicesDatabaseAndUserFromItsSecret() {
        List<ObjectNode> objects = Repo.render("prod");
        ObjectNode cluster = Repo.get(objects, "Cluster", "postgres");
        JsonNode roles = cluster.path("spec").path("managed").path("roles");
        Set<String> databases = new TreeSet<>();
        JsonNode initdb = cluster.path("spec").path("bootstrap").path("initdb");
        databases.add(initdb.path("database").asText());
        for (ObjectNode db : Repo.ofKind(objects, "Database")) {
            assertThat(db.path("spec").path("cluster").path("name").asText()).isEqualTo("postgres");
            databases.add(db.path("spec").path("name").asText());
        }

        for (String service : Repo.SERVICES) {
            ServiceSettings settings = ServiceSettings.of(service);
            Map<String, JsonNode> appEnv = environment(objects, appContainer(objects, service));
            String user = settings.resolved("db.user").orElseThrow();
            String database = settings.resolved("db.name").orElseThrow();
            JsonNode role = entry(roles, "name", user);
            assertThat(role).as("managed role %s", user).isNotNull();
            assertThat(role.path("login").asBoolean()).isTrue();
            assertThat(role.path("passwordSecret").path("name").asText()).as("password of %s", user)
                    .isEqualTo(secretRef(appEnv.get("DB_PASSWORD")).split("/")[0]);
            assertThat(databases).as("database %s", database).contains(database);
            Repo.ofKind(objects, "Database").stream().filter(d -> d.path("spec").path("name").asText().equals(database))
                    .forEach(d -> assertThat(d.path("spec").path("owner").asText()).isEqualTo(user));
            if (initdb.path("database").asText().equals(database)) {
                assertThat(initdb.path("owner").asText()).isEqualTo(user);
            }
            assertThat(appEnv.get("DB_HOST").path("value").asText()).isEqualTo("postgres-rw");
        }
    }

    @Test
    void prodPostgresLetsEachServicesRoleConnectToItsOwnDatabaseOnly() {
        JsonNode cluster = Repo.get(Repo.render("prod"), "Cluster", "postgres");
        List<String> rules = new ArrayList<>();
        cluster.path("spec").path("postgresql").path("pg_hba").forEach(r -> rules.add(r.asText()));
        // The operator appends its catch-all rule after the cluster's own ones.
        rules.add("host all all all scram-sha-256");

        List<String> users = new ArrayList<>();
        List<String> databases = new ArrayList<>();
        for (String service : Repo.SERVICES) {
            users.add(ServiceSettings.of(service).resolved("db.user").orElseThrow());
            databases.add(ServiceSettings.of(service).resolved("db.name").orElseThrow());
        }
        // Keycloak in the cluster (components/keycloak): role and database keycloak.
        users.add("keycloak");
        databases.add("keycloak");
        for (int u = 0; u < users.size(); u++) {
            String user = users.get(u);
            for (int d = 0; d < databases.size(); d++) {
                String database = databases.get(d);
                assertThat(hbaMethod(rules, database, user, true)).as("%s connecting to database %s", user, database)
                        .isEqualTo(u == d ? "scram-sha-256" : "reject");
                assertThat(hbaMethod(rules, database, user, false)).as("%s connecting to %s without TLS", user, database)
                        .isEqualTo("reject");
            }
            assertThat(hbaMethod(rules, "postgres", user, true)).as("%s connecting to postgres", user).isEqualTo("reject");
        }
    }

    @Test
    void devPostgresRevokesThePublicConnectGrantOfEachDatabase() {
        String script = Repo.read(Repo.DEPLOY.resolve("k8s/components/in-cluster-infra/postgres-init/10-service-databases.sh"));
        assertThat(script).contains("REVOKE CONNECT ON DATABASE :\"name\" FROM PUBLIC;")
                .contains("GRANT CONNECT ON DATABASE :\"name\" TO :\"name\";");
    }

    /** The method of the first pg_hba rule matching a TCP connection (with TLS or not) of {@code user} to {@code database}. */
    private static String hbaMethod(List<String> rules, String database, String user, boolean tls) {
        for (String rule : rules) {
            String[] fields = rule.trim().split("\\s+");
            assertThat(fields[0]).as("rule %s", rule).isIn("host", "hostssl", "hostnossl");
            if (fields[0].equals("hostssl") && !tls || fields[0].equals("hostnossl") && tls) {
                continue;
            }
            boolean databaseMatches = fields[1].equals("all") || (fields[1].equals("sameuser") && database.equals(user))
                    || List.of(fields[1].split(",")).contains(database);
            boolean userMatches = fields[2].equals("all") || List.of(fields[2].split(",")).contains(user);
            if (databaseMatches && userMatches) {
                return fields[4];
            }
        }
        return "reject";
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static void runScript(Map<String, String> env, Path out) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("sh", Repo.RENDER_SCRIPT.toString(), Repo.DEFINITIONS.toString(),
                out.toString()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.endsWith("_PASSWORD") || k.startsWith("RABBITMQ_"));
        pb.environment().putAll(env);
        Process process = pb.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(new String(output, StandardCharsets.UTF_8)).isZero();
    }

    static JsonNode container(JsonNode podSpecOrList, String name) {
        JsonNode list = podSpecOrList.isArray() ? podSpecOrList : podSpecOrList.path("containers");
        for (JsonNode c : list) {
            if (name.equals(c.path("name").asText())) {
                return c;
            }
        }
        throw new AssertionError("no container " + name);
    }

    static JsonNode volume(JsonNode podSpec, String name) {
        for (JsonNode v : podSpec.path("volumes")) {
            if (name.equals(v.path("name").asText())) {
                return v;
            }
        }
        throw new AssertionError("no volume " + name);
    }

    static JsonNode mountOf(JsonNode container, String path) {
        for (JsonNode m : container.path("volumeMounts")) {
            if (path.equals(m.path("mountPath").asText())) {
                return m;
            }
        }
        throw new AssertionError(container.path("name").asText() + " mounts nothing at " + path);
    }

    private static JsonNode mountContaining(JsonNode container, String path) {
        for (JsonNode m : container.path("volumeMounts")) {
            String mount = m.path("mountPath").asText();
            if (path.equals(mount) || path.startsWith(mount + "/")) {
                return m;
            }
        }
        throw new AssertionError(container.path("name").asText() + " mounts nothing holding " + path);
    }

    private static JsonNode mountByVolume(JsonNode container, String volume) {
        for (JsonNode m : container.path("volumeMounts")) {
            if (volume.equals(m.path("name").asText())) {
                return m;
            }
        }
        throw new AssertionError(container.path("name").asText() + " does not mount volume " + volume);
    }

    private static String configMapBehind(JsonNode podSpec, JsonNode container, String file) {
        return volume(podSpec, mountContaining(container, file).path("name").asText()).path("configMap").path("name")
                .asText();
    }

    private static Map<String, String> conf(String rabbitmqConf) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : rabbitmqConf.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || !l.contains("=")) {
                continue;
            }
            entries.put(l.substring(0, l.indexOf('=')).strip(), l.substring(l.indexOf('=') + 1).strip());
        }
        return entries;
    }

    private static JsonNode entry(JsonNode list, String field, String value) {
        for (JsonNode e : list) {
            if (value.equals(e.path(field).asText())) {
                return e;
            }
        }
        return null;
    }

    /** "secret/key" of an env entry's secretKeyRef. */
    static String secretRef(JsonNode envEntry) {
        assertThat(envEntry).as("environment entry").isNotNull();
        JsonNode ref = envEntry.path("valueFrom").path("secretKeyRef");
        assertThat(ref.isMissingNode()).as("%s comes from a Secret", envEntry.path("name").asText()).isFalse();
        return ref.path("name").asText() + "/" + ref.path("key").asText();
    }
}
