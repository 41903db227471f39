package dev.checkout.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity provider: prod runs Keycloak in the cluster (components/keycloak) with the realm imported from
 * deploy/keycloak/checkout-realm.json, which carries no demo user, no test client and no secret; ./suite imports
 * the same realm plus deploy/keycloak/local-only.json; components/external-identity-provider points every service
 * at an existing provider instead.
 */
class IdentityProviderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");
    private static final Set<String> ROLES = Set.of("customer", "catalog-admin", "fraud-reviewer", "support", "analyst",
            "sre");
    /** Held by order-service's service account alone, to fetch receipts from the email-worker; no person has it. */
    private static final String SERVICE_ROLE = "receipt-reader";

    @Test
    void theClusterRealmHasTheRolesAndClientsButNoDemoUserTestClientOrSecret() {
        ObjectNode realmImport = Repo.get(Repo.render("prod"), "KeycloakRealmImport", "checkout");
        JsonNode realm = realmImport.path("spec").path("realm");

        assertThat(realm.path("realm").asText()).isEqualTo("checkout");
        assertThat(realm.path("users")).as("the cluster realm's users: order-service's service account alone")
                .singleElement().satisfies(user -> {
                    assertThat(user.path("serviceAccountClientId").asText()).isEqualTo("order-service");
                    assertThat(user.has("credentials")).isFalse();
                });
        assertThat(realm.path("roles").path("realm").findValuesAsText("name"))
                .containsExactlyInAnyOrderElementsOf(Stream.concat(ROLES.stream(), Stream.of(SERVICE_ROLE)).toList());
        assertThat(realm.path("clients").findValuesAsText("clientId"))
                .containsExactlyInAnyOrder("checkout-shop", "checkout-service", "order-service");
        for (JsonNode client : realm.path("clients")) {
            assertThat(client.path("attributes").path("access.token.lifespan").isMissingNode())
                    .as("%s keeps the realm's token lifespan", client.path("clientId").asText()).isTrue();
            for (JsonNode uri : client.path("redirectUris")) {
                assertThat(uri.asText()).as("redirect URI of %s", client.path("clientId").asText()).startsWith("https://");
            }
            if (client.has("secret")) {
                Matcher placeholder = PLACEHOLDER.matcher(client.path("secret").asText());
                assertThat(placeholder.matches()).as("the secret of %s is a placeholder",
                        client.path("clientId").asText()).isTrue();
                JsonNode source = realmImport.path("spec").path("placeholders").path(placeholder.group(1));
                assertThat(source.path("secret").path("name").asText()).as("Secret behind %s", placeholder.group(1))
                        .isNotEmpty();
            }
        }
        assertThat(realm.toString()).doesNotContain("-password");
    }

    @Test
    void theLocalRealmIsTheClusterRealmWithTheDemoUsersTheTestClientAndLocalSecrets() throws Exception {
        JsonNode clusterRealm = JSON.readTree(Repo.DEPLOY.resolve("keycloak/checkout-realm.json").toFile())
                .path("spec").path("realm");
        JsonNode local = JSON.readTree(localRealm());

        assertThat(local.toString()).doesNotContain("${");
        assertThat(local.path("roles")).isEqualTo(clusterRealm.path("roles"));
        assertThat(local.path("clients").findValuesAsText("clientId"))
                .containsExactlyInAnyOrder("checkout-shop", "checkout-service", "order-service", "checkout-short-lived");
        // What the tests' Tokens use: client secret <client>-secret, password <user>-password.
        for (JsonNode client : local.path("clients")) {
            if (!client.path("publicClient").asBoolean()) {
                assertThat(client.path("secret").asText()).isEqualTo(client.path("clientId").asText() + "-secret");
            }
        }
        assertThat(client(local, "checkout-short-lived").path("attributes").path("access.token.lifespan").asText())
                .isEqualTo("1");
        assertThat(client(local, "checkout-shop").path("redirectUris").toString()).contains("http://127.0.0.1:*");

        Map<String, String> users = new TreeMap<>();
        for (JsonNode user : local.path("users")) {
            if (user.has("serviceAccountClientId")) {
                continue;
            }
            assertThat(user.path("credentials").get(0).path("value").asText())
                    .isEqualTo(user.path("username").asText() + "-password");
            users.put(user.path("username").asText(), user.path("realmRoles").get(0).asText());
        }
        assertThat(users).as("the demo users ./suite prints").isEqualTo(suiteDemoUsers());
        assertThat(Set.copyOf(users.values())).containsExactlyInAnyOrderElementsOf(ROLES);
    }

    @Test
    void theServicesReachTheInClusterKeycloakAtItsServiceAndPort() {
        List<ObjectNode> objects = Repo.render("prod");
        ObjectNode keycloak = Repo.get(objects, "Keycloak", "keycloak");
        ObjectNode realmImport = Repo.get(objects, "KeycloakRealmImport", "checkout");

        assertThat(realmImport.path("spec").path("keycloakCRName").asText()).isEqualTo("keycloak");
        // The operator's Service for a Keycloak is <name>-service, with the HTTP port of spec.http.
        URI expected = URI.create("http://" + keycloak.path("metadata").path("name").asText() + "-service:"
                + keycloak.path("spec").path("http").path("httpPort").asInt() + "/realms/"
                + realmImport.path("spec").path("realm").path("realm").asText());
        for (String service : Repo.SERVICES) {
            assertThat(configOf(objects, service).path("data").path("OIDC_AUTH_SERVER_URL").asText())
                    .as("%s's realm", service).isEqualTo(expected.toString());
        }
        assertThat(keycloak.path("spec").path("http").path("httpEnabled").asBoolean()).isTrue();
        assertThat(keycloak.path("spec").path("http").path("tlsSecret").asText()).isEqualTo("keycloak-tls");
        assertThat(keycloak.path("spec").path("proxy").path("headers").asText()).isEqualTo("xforwarded");
        assertThat(keycloak.path("spec").path("ingress").path("enabled").asBoolean(true)).isFalse();

        // Its public route serves the hostname that issues the tokens, and only the realm's and static paths.
        String hostname = URI.create(keycloak.path("spec").path("hostname").path("hostname").asText()).getHost();
        ObjectNode route = Repo.get(objects, "HTTPRoute", "keycloak");
        assertThat(route.path("spec").path("hostnames").get(0).asText()).isEqualTo(hostname);
        assertThat(route.path("spec").path("rules").findValues("path")).extracting(p -> p.path("value").asText())
                .containsExactlyInAnyOrder("/realms", "/resources");
    }

    @Test
    void keycloakHasItsOwnDatabaseAndRoleInThePostgresCluster() {
        List<ObjectNode> objects = Repo.render("prod");
        JsonNode db = Repo.get(objects, "Keycloak", "keycloak").path("spec").path("db");
        JsonNode cluster = Repo.get(objects, "Cluster", "postgres").path("spec");

        assertThat(db.path("vendor").asText()).isEqualTo("postgres");
        assertThat(db.path("host").asText()).isEqualTo("postgres-rw");
        ObjectNode database = Repo.get(objects, "Database", "keycloak");
        assertThat(database.path("spec").path("name").asText()).isEqualTo(db.path("database").asText());
        assertThat(database.path("spec").path("owner").asText()).isEqualTo("keycloak");
        assertThat(database.path("spec").path("cluster").path("name").asText()).isEqualTo("postgres");
        JsonNode role = null;
        for (JsonNode r : cluster.path("managed").path("roles")) {
            if (r.path("name").asText().equals("keycloak")) {
                role = r;
            }
        }
        assertThat(role).as("managed role keycloak").isNotNull();
        assertThat(role.path("passwordSecret").path("name").asText())
                .isEqualTo(db.path("passwordSecret").path("name").asText());
        assertThat(db.path("usernameSecret").path("name").asText()).isEqualTo(role.path("passwordSecret").path("name").asText());
    }

    @Test
    void keycloakPodsAreHardenedLikeTheSuites() {
        JsonNode template = Repo.get(Repo.render("prod"), "Keycloak", "keycloak")
                .path("spec").path("unsupported").path("podTemplate");

        assertThat(KubernetesApi.validateAs("V1PodTemplateSpec", template)).isEmpty();
        JsonNode pod = template.path("spec");
        assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.path("securityContext").path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");
        JsonNode container = pod.path("containers").get(0);
        assertThat(container.path("name").asText()).isEqualTo("keycloak");
        assertThat(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(container.path("securityContext").path("capabilities").path("drop").get(0).asText()).isEqualTo("ALL");
        JsonNode resources = Repo.get(Repo.render("prod"), "Keycloak", "keycloak").path("spec").path("resources");
        assertThat(resources.path("requests").path("memory").asText()).isNotEmpty();
        assertThat(resources.path("limits").path("memory").asText()).isNotEmpty();
    }

    @Test
    void anExistingProviderInsteadSetsEveryServicesRealmAndRunsNoKeycloak() throws IOException {
        Path dir = Repo.DEPLOY.resolve("target/render/external-identity-provider");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                namespace: checkout
                resources:
                  - ../../../k8s/base
                components:
                  - ../../../k8s/components/external-identity-provider
                configMapGenerator:
                  - name: identity-provider
                    options:
                      disableNameSuffixHash: true
                      annotations:
                        config.kubernetes.io/local-config: "true"
                    literals:
                      - url=https://id.example.com/realms/checkout
                """);
        List<ObjectNode> objects = Kustomize.build(dir);

        for (String service : Repo.SERVICES) {
            assertThat(configOf(objects, service).path("data").path("OIDC_AUTH_SERVER_URL").asText())
                    .as("%s's realm", service).isEqualTo("https://id.example.com/realms/checkout");
        }
        assertThat(objects).noneMatch(o -> o.path("apiVersion").asText().startsWith("k8s.keycloak.org/"))
                .noneMatch(o -> o.path("metadata").path("name").asText().equals("identity-provider"));
    }

    private static ObjectNode configOf(List<ObjectNode> objects, String service) {
        return Repo.ofKind(objects, "ConfigMap").stream()
                .filter(c -> c.path("metadata").path("name").asText().startsWith(service + "-config"))
                .findFirst().orElseThrow();
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    /** The DEMO_USERS array of ./suite: user and role. */
    private static Map<String, String> suiteDemoUsers() {
        Matcher array = Pattern.compile("DEMO_USERS=\\(([^)]*)\\)").matcher(Repo.read(Repo.ROOT.resolve("suite")));
        assertThat(array.find()).as("DEMO_USERS in ./suite").isTrue();
        Map<String, String> users = new TreeMap<>();
        Matcher entry = Pattern.compile("\"(\\S+) (\\S+)\"").matcher(array.group(1));
        while (entry.find()) {
            users.put(entry.group(1), entry.group(2));
        }
        return users;
    }

    private static String localRealm() throws IOException, InterruptedException {
        Process python = new ProcessBuilder("python3", Repo.DEPLOY.resolve("keycloak/local-realm.py").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        python.getOutputStream().close();
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as("local-realm.py's exit status").isZero();
        return out;
    }
}
