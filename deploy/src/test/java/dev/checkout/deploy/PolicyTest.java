package dev.checkout.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules every manifest follows: each container has requests and limits, probes (init containers excepted) and
 * the hardened securityContext (non-root, read-only root filesystem with a writable /tmp, no privilege escalation,
 * all capabilities dropped, RuntimeDefault seccomp); every service has a PodDisruptionBudget and spreads across
 * nodes; no image is `latest` (or untagged) in prod; secrets are referenced, never written into a manifest.
 */
class PolicyTest {

    private static final Pattern SECRET_LIKE = Pattern.compile("(?i).*(password|passwd|secret|token|api[_-]?key|credential).*");

    static List<String> overlays() {
        return Repo.overlays().toList();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyContainerHasResourcesProbesAndTheHardenedSecurityContext(String overlay) {
        List<String> violations = new ArrayList<>();
        for (Repo.PodTemplate pod : Repo.podTemplates(Repo.render(overlay))) {
            JsonNode podSecurity = pod.spec().path("securityContext");
            for (JsonNode c : pod.containers()) {
                check(pod, c, podSecurity, true, violations);
            }
            for (JsonNode c : pod.initContainers()) {
                check(pod, c, podSecurity, false, violations);
            }
        }
        // The RabbitmqCluster's pods are the operator's; the container this repository adds to them follows the rules.
        for (ObjectNode cluster : Repo.ofKind(Repo.render(overlay), "RabbitmqCluster")) {
            JsonNode spec = cluster.path("spec").path("override").path("statefulSet").path("spec").path("template")
                    .path("spec");
            for (JsonNode c : spec.path("initContainers")) {
                check(new Repo.PodTemplate(cluster, spec), c, spec.path("securityContext"), false, violations);
            }
            requireResources(Repo.id(cluster), cluster.path("spec").path("resources"), violations);
        }
        for (ObjectNode cluster : Repo.ofKind(Repo.render(overlay), "Cluster")) {
            requireResources(Repo.id(cluster), cluster.path("spec").path("resources"), violations);
        }
        assertThat(violations).as("policy violations in overlays/%s", overlay).isEmpty();
    }

    private static void check(Repo.PodTemplate pod, JsonNode c, JsonNode podSecurity, boolean probes,
            List<String> violations) {
        String where = pod.id() + " container " + c.path("name").asText();
        requireResources(where, c.path("resources"), violations);
        if (probes) {
            for (String probe : List.of("livenessProbe", "readinessProbe")) {
                if (!c.has(probe)) {
                    violations.add(where + ": no " + probe);
                }
            }
        }
        JsonNode sc = c.path("securityContext");
        if (!(sc.path("runAsNonRoot").asBoolean(false) || podSecurity.path("runAsNonRoot").asBoolean(false))) {
            violations.add(where + ": runAsNonRoot is not true");
        }
        if (sc.path("runAsUser").asInt(podSecurity.path("runAsUser").asInt(-1)) == 0) {
            violations.add(where + ": runs as uid 0");
        }
        if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
            violations.add(where + ": root filesystem is writable");
        }
        if (!sc.has("allowPrivilegeEscalation") || sc.path("allowPrivilegeEscalation").asBoolean(true)) {
            violations.add(where + ": allowPrivilegeEscalation is not false");
        }
        if (sc.path("privileged").asBoolean(false)) {
            violations.add(where + ": privileged");
        }
        List<String> drop = new ArrayList<>();
        sc.path("capabilities").path("drop").forEach(d -> drop.add(d.asText()));
        if (!drop.contains("ALL") || sc.path("capabilities").path("add").size() > 0) {
            violations.add(where + ": capabilities are not all dropped");
        }
        String seccomp = sc.path("seccompProfile").path("type").asText(
                podSecurity.path("seccompProfile").path("type").asText(""));
        if (!seccomp.equals("RuntimeDefault")) {
            violations.add(where + ": seccompProfile is not RuntimeDefault");
        }
        if (probes && !writableTmp(pod.spec(), c)) {
            violations.add(where + ": no writable /tmp (emptyDir)");
        }
    }

    private static void requireResources(String where, JsonNode resources, List<String> violations) {
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (resources.path(kind).path(resource).asText("").isEmpty()) {
                    violations.add(where + ": no " + resource + " " + kind);
                }
            }
        }
    }

    private static boolean writableTmp(JsonNode podSpec, JsonNode container) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("mountPath").asText().equals("/tmp") && !mount.path("readOnly").asBoolean(false)) {
                for (JsonNode v : podSpec.path("volumes")) {
                    if (v.path("name").asText().equals(mount.path("name").asText()) && v.has("emptyDir")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceHasAStartupProbeADisruptionBudgetAndSpreadsAcrossNodes(String overlay) {
        List<ObjectNode> objects = Repo.render(overlay);
        for (String service : Repo.SERVICES) {
            ObjectNode deployment = Repo.get(objects, "Deployment", service);
            JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
            JsonNode container = CodeConsistencyTest.appContainer(objects, service);
            assertThat(container.has("startupProbe")).as("%s %s startupProbe", overlay, service).isTrue();

            ObjectNode pdb = Repo.get(objects, "PodDisruptionBudget", service);
            pdb.path("spec").path("selector").path("matchLabels").fields().forEachRemaining(e ->
                    assertThat(labels.path(e.getKey()).asText()).as("%s PDB %s selects the pods", overlay, service)
                            .isEqualTo(e.getValue().asText()));

            JsonNode spread = deployment.path("spec").path("template").path("spec").path("topologySpreadConstraints");
            assertThat(spread.findValuesAsText("topologyKey")).as("%s %s spreads over nodes", overlay, service)
                    .contains("kubernetes.io/hostname");
        }
    }

    @Test
    void prodRunsAtLeastTwoOrderServicesAndSpreadsThemStrictly() {
        List<ObjectNode> objects = Repo.render("prod");
        ObjectNode hpa = Repo.get(objects, "HorizontalPodAutoscaler", "order-service");
        ObjectNode deployment = Repo.get(objects, "Deployment", "order-service");

        assertThat(hpa.path("spec").path("minReplicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(deployment.path("spec").path("replicas").asInt(2)).isGreaterThanOrEqualTo(2);
        assertThat(deployment.path("spec").path("template").path("spec").path("topologySpreadConstraints").get(0)
                .path("whenUnsatisfiable").asText()).isEqualTo("DoNotSchedule");
    }

    @Test
    void prodPinsEveryImage() {
        List<String> images = new ArrayList<>();
        for (ObjectNode o : Repo.render("prod")) {
            o.findValuesAsText("image").forEach(images::add);
            o.findValuesAsText("imageName").forEach(images::add);
        }
        assertThat(images).isNotEmpty().allSatisfy(image -> {
            String afterSlash = image.substring(image.lastIndexOf('/') + 1);
            assertThat(afterSlash).as("image %s names a tag or digest", image).containsAnyOf(":", "@");
            assertThat(afterSlash.toLowerCase(Locale.ROOT)).as(image).doesNotEndWith(":latest");
        });
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void secretsAreReferencedNeverInlined(String overlay) {
        List<ObjectNode> objects = Repo.render(overlay);
        assertThat(Repo.ofKind(objects, "Secret")).as("%s renders no Secret: they are created out of band", overlay)
                .isEmpty();
        List<String> inlined = new ArrayList<>();
        for (Repo.PodTemplate pod : Repo.podTemplates(objects)) {
            List<JsonNode> containers = new ArrayList<>(pod.containers());
            containers.addAll(pod.initContainers());
            for (JsonNode c : containers) {
                for (JsonNode e : c.path("env")) {
                    if (SECRET_LIKE.matcher(e.path("name").asText()).matches() && e.has("value")) {
                        inlined.add(pod.id() + " " + e.path("name").asText());
                    }
                }
            }
        }
        for (ObjectNode cm : Repo.ofKind(objects, "ConfigMap")) {
            cm.path("data").fieldNames().forEachRemaining(k -> {
                if (SECRET_LIKE.matcher(k).matches()) {
                    inlined.add(Repo.id(cm) + " key " + k);
                }
            });
            cm.path("data").fields().forEachRemaining(e -> {
                for (String line : e.getValue().asText().split("\n")) {
                    String l = line.strip();
                    if (!l.startsWith("#") && l.matches("(?i)[A-Za-z0-9_.-]*(password|secret|token)[A-Za-z0-9_.-]*\\s*[=:]\\s*\\S+")) {
                        inlined.add(Repo.id(cm) + " " + e.getKey() + ": " + l);
                    }
                }
            });
        }
        assertThat(inlined).as("secret values written into overlays/%s", overlay).isEmpty();
    }
}
