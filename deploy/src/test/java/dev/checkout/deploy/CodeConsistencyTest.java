package dev.checkout.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifests agree with the services' code and configuration: every environment variable they set is a setting
 * the service reads (ServiceSettings derives those from the code), every probe path and port exists in the service,
 * every container image maps to a module with a Dockerfile, and shutdown gets the time Quarkus is told to take.
 */
class CodeConsistencyTest {

    private static final Pattern IMAGE = Pattern.compile("^(?:(?<registry>[^/]+\\.[^/]+|localhost(?::\\d+)?)/)?"
            + "(?<path>[a-z0-9._/-]+?)(?::(?<tag>[\\w.-]+))?(?:@(?<digest>sha256:[a-f0-9]{64}))?$");

    static List<String> overlays() {
        return Repo.overlays().toList();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyEnvironmentVariableIsASettingTheServiceReads(String overlay) {
        List<ObjectNode> objects = Repo.render(overlay);
        List<String> unknown = new ArrayList<>();
        for (String service : Repo.SERVICES) {
            ServiceSettings settings = ServiceSettings.of(service);
            JsonNode container = appContainer(objects, service);
            for (String variable : environment(objects, container).keySet()) {
                if (settings.reads(variable).isEmpty()) {
                    unknown.add(service + ": " + variable);
                }
            }
        }
        assertThat(unknown).as("""
                variables set in overlays/%s that no code or configuration of the service reads \
                (application.properties, @ConfigMapping, Quarkus run-time properties)""", overlay).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everySecretTheProdProfileRequiresIsProvided(String overlay) {
        List<ObjectNode> objects = Repo.render(overlay);
        for (String service : Repo.SERVICES) {
            ServiceSettings settings = ServiceSettings.of(service);
            Map<String, JsonNode> env = environment(objects, appContainer(objects, service));
            // A prod-profile value of the form ${VAR} (no default) cannot start without VAR.
            for (String name : settings.propertyNames()) {
                settings.property(name).filter(v -> v.matches("\\$\\{[A-Z][A-Z0-9_]*}")).ifPresent(v -> {
                    String variable = v.substring(2, v.length() - 1);
                    assertThat(env).as("%s in %s: %s needs %s", overlay, service, name, variable).containsKey(variable);
                });
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void portsAndProbePathsExistInTheService(String overlay) {
        List<ObjectNode> objects = Repo.render(overlay);
        for (String service : Repo.SERVICES) {
            ServiceSettings settings = ServiceSettings.of(service);
            JsonNode container = appContainer(objects, service);
            Map<String, JsonNode> env = environment(objects, container);

            int port = Optional.ofNullable(env.get("QUARKUS_HTTP_PORT")).map(e -> e.path("value").asInt())
                    .orElseGet(() -> settings.resolved("quarkus.http.port").map(Integer::parseInt).orElse(8080));
            JsonNode http = namedPort(container, "http");
            assertThat(http.path("containerPort").asInt()).as("%s %s: container port http = quarkus.http.port",
                    overlay, service).isEqualTo(port);
            assertThat(settings.dockerfileExposedPorts()).as("%s: Dockerfile.jvm EXPOSE", service).contains(port);

            assertThat(settings.resolved("quarkus.management.enabled")).as("%s: /q/* on the management interface", service)
                    .hasValue("true");
            int management = Optional.ofNullable(env.get("QUARKUS_MANAGEMENT_PORT")).map(e -> e.path("value").asInt())
                    .orElseGet(() -> settings.resolved("quarkus.management.port").map(Integer::parseInt).orElse(9000));
            assertThat(namedPort(container, "management").path("containerPort").asInt())
                    .as("%s %s: container port management = quarkus.management.port", overlay, service)
                    .isEqualTo(management);

            assertThat(settings.dependsOn("quarkus-smallrye-health")).as("%s serves health checks", service).isTrue();
            String root = "/" + settings.resolved("quarkus.http.non-application-root-path").orElse("q")
                    + "/" + settings.resolved("quarkus.smallrye-health.root-path").orElse("health") + "/";
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("startupProbe", root + settings.resolved("quarkus.smallrye-health.startup-path").orElse("started"));
            expected.put("livenessProbe", root + settings.resolved("quarkus.smallrye-health.liveness-path").orElse("live"));
            expected.put("readinessProbe", root + settings.resolved("quarkus.smallrye-health.readiness-path").orElse("ready"));
            expected.forEach((probe, path) -> {
                JsonNode get = container.path(probe).path("httpGet");
                assertThat(get.path("path").asText()).as("%s %s %s path", overlay, service, probe).isEqualTo(path);
                assertThat(resolvePort(container, get.path("port"))).as("%s %s %s port", overlay, service, probe)
                        .isEqualTo(management);
            });

            ObjectNode svc = Repo.get(objects, "Service", service);
            for (JsonNode p : svc.path("spec").path("ports")) {
                assertThat(resolvePort(container, p.path("targetPort"))).as("%s Service %s targetPort", overlay, service)
                        .isEqualTo(p.path("name").asText().equals("management") ? management : port);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void metricsAreScrapedWhereTheServicesServeThem(String overlay) {
        List<ObjectNode> monitors = Repo.ofKind(Repo.render(overlay), "ServiceMonitor");
        for (ObjectNode monitor : monitors) {
            if (!monitor.path("metadata").path("name").asText().equals("checkout-services")) {
                continue;
            }
            for (String service : Repo.SERVICES) {
                ServiceSettings settings = ServiceSettings.of(service);
                assertThat(settings.dependsOn("quarkus-micrometer-registry-prometheus")).as(service).isTrue();
                String path = "/" + settings.resolved("quarkus.http.non-application-root-path").orElse("q") + "/"
                        + settings.resolved("quarkus.micrometer.export.prometheus.path").orElse("metrics");
                assertThat(monitor.path("spec").path("endpoints").findValuesAsText("path")).as(service).contains(path);
            }
            assertThat(monitor.path("spec").path("endpoints").findValuesAsText("port")).containsOnly("management");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyImageMapsToAModuleOrIsAPinnedThirdPartyImage(String overlay) {
        List<ObjectNode> objects = Repo.render(overlay);
        Set<String> modulesDeployed = new TreeSet<>();
        for (Repo.PodTemplate pod : Repo.podTemplates(objects)) {
            List<JsonNode> containers = new ArrayList<>(pod.containers());
            containers.addAll(pod.initContainers());
            for (JsonNode container : containers) {
                String image = container.path("image").asText();
                var m = IMAGE.matcher(image);
                assertThat(m.matches()).as("%s %s: image reference %s", overlay, pod.id(), image).isTrue();
                String path = m.group("path");
                String last = path.substring(path.lastIndexOf('/') + 1);
                boolean ours = path.equals("checkout/" + last) || path.endsWith("/checkout/" + last);
                if (ours) {
                    assertThat(Files.exists(Repo.ROOT.resolve(last).resolve("src/main/docker/Dockerfile.jvm")))
                            .as("%s %s: image %s is built from module %s", overlay, pod.id(), image, last).isTrue();
                    assertThat(pod.owner().path("metadata").path("name").asText()).as(image).isEqualTo(last);
                    modulesDeployed.add(last);
                }
                assertThat(m.group("tag") != null || m.group("digest") != null)
                        .as("%s %s: image %s has a tag or digest", overlay, pod.id(), image).isTrue();
            }
        }
        assertThat(modulesDeployed).as("%s deploys every service from its own image", overlay)
                .containsExactlyInAnyOrderElementsOf(Repo.SERVICES);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shutdownLetsInFlightWorkFinish(String overlay) {
        List<ObjectNode> objects = Repo.render(overlay);
        for (String service : Repo.SERVICES) {
            ObjectNode deployment = Repo.get(objects, "Deployment", service);
            JsonNode container = appContainer(objects, service);
            Map<String, JsonNode> env = environment(objects, container);
            JsonNode timeout = env.get("QUARKUS_SHUTDOWN_TIMEOUT");
            assertThat(timeout).as("%s %s: quarkus.shutdown.timeout is set, so in-flight requests finish", overlay,
                    service).isNotNull();
            long shutdownSeconds = java.time.Duration.parse("PT" + timeout.path("value").asText().toUpperCase()).toSeconds();
            long preStop = container.path("lifecycle").path("preStop").path("sleep").path("seconds").asLong(0);
            long grace = deployment.path("spec").path("template").path("spec").path("terminationGracePeriodSeconds")
                    .asLong(30);
            assertThat(grace).as("%s %s: terminationGracePeriodSeconds >= preStop %d s + shutdown timeout %d s + 5 s",
                    overlay, service, preStop, shutdownSeconds).isGreaterThanOrEqualTo(preStop + shutdownSeconds + 5);
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static JsonNode appContainer(List<ObjectNode> objects, String service) {
        JsonNode containers = Repo.get(objects, "Deployment", service)
                .path("spec").path("template").path("spec").path("containers");
        for (JsonNode c : containers) {
            if (service.equals(c.path("name").asText())) {
                return c;
            }
        }
        throw new AssertionError("Deployment " + service + " has no container named " + service);
    }

    /** The container's environment: env entries and the keys of every ConfigMap/Secret it takes with envFrom. */
    static Map<String, JsonNode> environment(List<ObjectNode> objects, JsonNode container) {
        Map<String, JsonNode> env = new LinkedHashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            assertThat(from.has("secretRef")).as("envFrom a Secret hides which variables are set: use env with "
                    + "secretKeyRef").isFalse();
            String name = from.path("configMapRef").path("name").asText();
            ObjectNode configMap = Repo.get(objects, "ConfigMap", name);
            configMap.path("data").fields().forEachRemaining(e -> env.put(from.path("prefix").asText("") + e.getKey(),
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                            .put("name", e.getKey()).put("value", e.getValue().asText())));
        }
        for (JsonNode e : container.path("env")) {
            env.put(e.path("name").asText(), e);
        }
        return env;
    }

    static JsonNode namedPort(JsonNode container, String name) {
        for (JsonNode p : container.path("ports")) {
            if (name.equals(p.path("name").asText())) {
                return p;
            }
        }
        throw new AssertionError("container " + container.path("name").asText() + " has no port named " + name);
    }

    static int resolvePort(JsonNode container, JsonNode port) {
        return port.isInt() ? port.asInt() : namedPort(container, port.asText()).path("containerPort").asInt();
    }
}
