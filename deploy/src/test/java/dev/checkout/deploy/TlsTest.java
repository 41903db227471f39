package dev.checkout.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TLS in prod (components/tls): cert-manager issues the servers' certificates from the suite's CA, RabbitMQ and
 * CloudNativePG serve them, and every service connects with TLS and verifies the server against that CA, mounted
 * from the servers' Secrets. Nothing here can connect (the local servers have no TLS), so the wiring is checked as
 * rendered: the settings the services end up with, the files they name, the names the certificates carry.
 */
class TlsTest {

    private static final String CA_ISSUER = "checkout-ca";

    @Test
    void theServersCertificatesComeFromTheSuitesCa() {
        List<ObjectNode> objects = Repo.render("prod");
        ObjectNode ca = Repo.get(objects, "Certificate", "checkout-ca");
        ObjectNode caIssuer = Repo.get(objects, "Issuer", CA_ISSUER);

        assertThat(ca.path("spec").path("isCA").asBoolean()).isTrue();
        assertThat(caIssuer.path("spec").path("ca").path("secretName").asText())
                .isEqualTo(ca.path("spec").path("secretName").asText());
        assertThat(Repo.get(objects, "Issuer", ca.path("spec").path("issuerRef").path("name").asText())
                .path("spec").has("selfSigned")).isTrue();
        for (String name : List.of("rabbitmq-server", "postgres-server", "keycloak")) {
            JsonNode spec = Repo.get(objects, "Certificate", name).path("spec");
            assertThat(spec.path("issuerRef").path("name").asText()).as("issuer of %s", name).isEqualTo(CA_ISSUER);
            assertThat(spec.path("issuerRef").path("kind").asText()).isEqualTo("Issuer");
            assertThat(spec.path("isCA").asBoolean()).isFalse();
            assertThat(spec.path("usages").get(0).asText()).isEqualTo("server auth");
        }
    }

    @Test
    void theCertificatesNameTheHostsTheServicesConnectTo() {
        List<ObjectNode> objects = Repo.render("prod");
        String namespace = Repo.get(objects, "Deployment", "order-service").path("metadata").path("namespace").asText();
        List<String> rabbitmq = dnsNames(objects, "rabbitmq-server");
        List<String> postgres = dnsNames(objects, "postgres-server");
        List<String> keycloak = dnsNames(objects, "keycloak");

        for (String service : Repo.SERVICES) {
            Map<String, String> env = environment(objects, service);
            ServiceSettings settings = ServiceSettings.of(service);
            String amqpHost = settings.effective("rabbitmq-host", env).orElseThrow();
            String dbHost = settings.effective("db.host", env).orElseThrow();
            String oidcHost = URI.create(settings.effective("quarkus.oidc.auth-server-url", env).orElseThrow()).getHost();

            assertThat(rabbitmq).as("%s connects to RabbitMQ at %s", service, amqpHost)
                    .contains(amqpHost, amqpHost + "." + namespace + ".svc");
            assertThat(postgres).as("%s connects to PostgreSQL at %s", service, dbHost)
                    .contains(dbHost, dbHost + "." + namespace + ".svc");
            assertThat(keycloak).as("%s fetches the realm from %s", service, oidcHost)
                    .contains(oidcHost, oidcHost + "." + namespace + ".svc");
        }
        // RabbitMQ's nodes by name, as the operator's headless Service names them.
        assertThat(rabbitmq).contains("*.rabbitmq-nodes." + namespace + ".svc");
        assertThat(postgres).contains("postgres-r." + namespace + ".svc", "postgres-ro." + namespace + ".svc");
    }

    @Test
    void theServersServeTheirCertificatesAndPostgresRefusesPlainConnections() {
        List<ObjectNode> objects = Repo.render("prod");
        JsonNode rabbitmq = Repo.get(objects, "RabbitmqCluster", "rabbitmq").path("spec").path("tls");
        JsonNode postgres = Repo.get(objects, "Cluster", "postgres").path("spec");

        assertThat(rabbitmq.path("secretName").asText()).isEqualTo(secretOf(objects, "rabbitmq-server"));
        assertThat(postgres.path("certificates").path("serverTLSSecret").asText())
                .isEqualTo(secretOf(objects, "postgres-server"));
        assertThat(postgres.path("certificates").path("serverCASecret").asText())
                .isEqualTo(secretOf(objects, "postgres-server"));
        assertThat(postgres.path("postgresql").path("pg_hba").get(0).asText()).isEqualTo("hostnossl all all all reject");
        JsonNode keycloak = Repo.get(objects, "Keycloak", "keycloak").path("spec");
        assertThat(keycloak.path("http").path("tlsSecret").asText()).isEqualTo(secretOf(objects, "keycloak"));
    }

    @Test
    void everyServiceConnectsWithTlsAndVerifiesTheServerAgainstTheMountedCa() {
        List<ObjectNode> objects = Repo.render("prod");
        for (String service : Repo.SERVICES) {
            Map<String, String> env = environment(objects, service);
            ServiceSettings settings = ServiceSettings.of(service);
            JsonNode pod = Repo.get(objects, "Deployment", service).path("spec").path("template").path("spec");

            // PostgreSQL: Flyway (JDBC), the reactive pool and order-service's LISTEN connection (the pool's settings).
            URI jdbc = URI.create(settings.effective("quarkus.datasource.jdbc.url", env).orElseThrow().substring(5));
            Map<String, String> parameters = query(jdbc.getQuery());
            assertThat(parameters).as("%s JDBC URL", service).containsEntry("sslmode", "verify-full");
            assertThat(mountedSecretKey(pod, parameters.get("sslrootcert"))).as("%s JDBC sslrootcert", service)
                    .contains(secretOf(objects, "postgres-server") + "/ca.crt");
            assertThat(settings.effective("quarkus.datasource.reactive.postgresql.ssl-mode", env)).as(service)
                    .contains("verify-full");
            assertThat(settings.effective("quarkus.datasource.reactive.hostname-verification-algorithm", env))
                    .as(service).contains("HTTPS");
            assertThat(settings.effective("quarkus.datasource.reactive.trust-certificate-pem", env)).as(service)
                    .contains("true");
            assertThat(mountedSecretKey(pod, settings.effective("quarkus.datasource.reactive.trust-certificate-pem.certs",
                    env).orElseThrow())).as("%s reactive CA", service)
                    .contains(secretOf(objects, "postgres-server") + "/ca.crt");
            assertThat(settings.effective("db.port", env)).contains("5432");

            // RabbitMQ: AMQPS on 5671 for the channels and the library's own connection.
            assertThat(settings.effective("rabbitmq-ssl", env)).as(service).contains("true");
            assertThat(settings.effective("rabbitmq-port", env)).as(service).contains("5671");
            assertThat(mountedSecretKey(pod, settings.effective("messaging.broker.trust-certificate", env).orElseThrow()))
                    .as("%s broker CA", service).contains(secretOf(objects, "rabbitmq-server") + "/ca.crt");
        }
    }

    @Test
    void noPodMountsAServersPrivateKey() {
        List<String> secretsWithKeys = List.of(secretOf(Repo.render("prod"), "rabbitmq-server"),
                secretOf(Repo.render("prod"), "postgres-server"), secretOf(Repo.render("prod"), "keycloak"), "checkout-ca");
        for (Repo.PodTemplate template : Repo.podTemplates(Repo.render("prod"))) {
            for (JsonNode volume : template.spec().path("volumes")) {
                List<JsonNode> sources = new ArrayList<>();
                if (volume.has("secret")) {
                    sources.add(volume.path("secret"));
                }
                volume.path("projected").path("sources").forEach(s -> sources.add(s.path("secret")));
                for (JsonNode secret : sources) {
                    String name = secret.has("secretName") ? secret.path("secretName").asText() : secret.path("name").asText();
                    if (secretsWithKeys.contains(name)) {
                        assertThat(secret.path("items").findValuesAsText("key")).as("%s mounts %s", template.id(), name)
                                .containsOnly("ca.crt");
                    }
                }
            }
        }
    }

    @Test
    void keycloakVerifiesItsDatabaseToo() {
        List<ObjectNode> objects = Repo.render("prod");
        JsonNode spec = Repo.get(objects, "Keycloak", "keycloak").path("spec");
        String properties = "";
        for (JsonNode option : spec.path("additionalOptions")) {
            if (option.path("name").asText().equals("db-url-properties")) {
                properties = option.path("value").asText();
            }
        }
        Map<String, String> parameters = query(properties.replaceFirst("^\\?", ""));

        assertThat(parameters).containsEntry("sslmode", "verify-full");
        assertThat(mountedSecretKey(spec.path("unsupported").path("podTemplate").path("spec"), parameters.get("sslrootcert")))
                .contains(secretOf(objects, "postgres-server") + "/ca.crt");
    }

    @Test
    void theServicesReachRabbitMqOnItsTlsPortOnly() {
        List<ObjectNode> objects = Repo.render("prod");
        for (String service : Repo.SERVICES) {
            JsonNode egress = Repo.get(objects, "NetworkPolicy", service).path("spec").path("egress");
            List<Integer> ports = new ArrayList<>();
            for (JsonNode rule : egress) {
                if (rule.path("to").findValuesAsText("app.kubernetes.io/name").contains("rabbitmq")) {
                    rule.path("ports").forEach(p -> ports.add(p.path("port").asInt()));
                }
            }
            assertThat(ports).as("%s to RabbitMQ", service).containsExactly(5671);
        }
        JsonNode fromServices = Repo.get(objects, "NetworkPolicy", "rabbitmq").path("spec").path("ingress").get(0);
        assertThat(fromServices.path("ports")).hasSize(1);
        assertThat(fromServices.path("ports").get(0).path("port").asInt()).isEqualTo(5671);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static List<String> dnsNames(List<ObjectNode> objects, String certificate) {
        List<String> names = new ArrayList<>();
        Repo.get(objects, "Certificate", certificate).path("spec").path("dnsNames").forEach(n -> names.add(n.asText()));
        return names;
    }

    private static String secretOf(List<ObjectNode> objects, String certificate) {
        return Repo.get(objects, "Certificate", certificate).path("spec").path("secretName").asText();
    }

    /** The container's environment as the ConfigMaps of envFrom and the literal env entries give it. */
    static Map<String, String> environment(List<ObjectNode> objects, String deployment) {
        JsonNode container = Repo.get(objects, "Deployment", deployment).path("spec").path("template").path("spec")
                .path("containers").get(0);
        Map<String, String> env = new HashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            String name = source.path("configMapRef").path("name").asText();
            Repo.find(objects, "ConfigMap", name)
                    .ifPresent(c -> c.path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText())));
        }
        for (JsonNode e : container.path("env")) {
            if (e.has("value")) {
                env.put(e.path("name").asText(), e.path("value").asText());
            }
        }
        return env;
    }

    /** "secret/key" of the Secret item mounted at this file in the pod's first container, if any. */
    private static Optional<String> mountedSecretKey(JsonNode pod, String file) {
        JsonNode container = pod.path("containers").get(0);
        for (JsonNode mount : container.path("volumeMounts")) {
            String dir = mount.path("mountPath").asText();
            if (file == null || !file.startsWith(dir + "/")) {
                continue;
            }
            String path = file.substring(dir.length() + 1);
            for (JsonNode volume : pod.path("volumes")) {
                if (!volume.path("name").asText().equals(mount.path("name").asText())) {
                    continue;
                }
                List<JsonNode> secrets = new ArrayList<>();
                if (volume.has("secret")) {
                    secrets.add(volume.path("secret"));
                }
                volume.path("projected").path("sources").forEach(s -> secrets.add(s.path("secret")));
                for (JsonNode secret : secrets) {
                    String name = secret.has("secretName") ? secret.path("secretName").asText() : secret.path("name").asText();
                    for (JsonNode item : secret.path("items")) {
                        if (item.path("path").asText().equals(path)) {
                            return Optional.of(name + "/" + item.path("key").asText());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> query(String query) {
        Map<String, String> parameters = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                parameters.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return parameters;
    }
}
