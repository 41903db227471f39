package dev.checkout.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Where things are in the repository, and small helpers over rendered objects. */
final class Repo {

    /** Maven runs the tests in deploy/; the repository root is its parent. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    static final Path DEPLOY = ROOT.resolve("deploy");
    static final Path K8S = DEPLOY.resolve("k8s");
    static final Path DEFINITIONS = DEPLOY.resolve("rabbitmq/definitions.json");
    static final Path RENDER_SCRIPT = DEPLOY.resolve("rabbitmq/render-definitions.sh");
    static final Path RUNBOOK = DEPLOY.resolve("RUNBOOK.md");
    static final Path CRD_SCHEMAS = DEPLOY.resolve("schemas/crds");

    /** The four services: module directory = Deployment name = image name. */
    static final List<String> SERVICES = List.of("order-service", "email-worker", "fraud-worker", "analytics-worker",
            "fulfilment-worker");

    private Repo() {
    }

    static Stream<String> overlays() {
        return Stream.of("dev", "prod");
    }

    static List<ObjectNode> render(String overlay) {
        return Kustomize.build(K8S.resolve("overlays").resolve(overlay));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String id(JsonNode object) {
        return object.path("kind").asText() + "/" + object.path("metadata").path("name").asText();
    }

    static List<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    static Optional<ObjectNode> find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream()
                .filter(o -> kind.equals(o.path("kind").asText()) && name.equals(o.path("metadata").path("name").asText()))
                .findFirst();
    }

    static ObjectNode get(List<ObjectNode> objects, String kind, String name) {
        return find(objects, kind, name).orElseThrow(() -> new AssertionError("no " + kind + "/" + name + " rendered"));
    }

    /** Pod templates of the workload kinds, with the object they belong to. */
    record PodTemplate(ObjectNode owner, JsonNode spec) {
        String id() {
            return Repo.id(owner);
        }

        List<JsonNode> containers() {
            List<JsonNode> all = new ArrayList<>();
            spec.path("containers").forEach(all::add);
            return all;
        }

        List<JsonNode> initContainers() {
            List<JsonNode> all = new ArrayList<>();
            spec.path("initContainers").forEach(all::add);
            return all;
        }
    }

    static List<PodTemplate> podTemplates(List<ObjectNode> objects) {
        List<PodTemplate> templates = new ArrayList<>();
        for (ObjectNode o : objects) {
            switch (o.path("kind").asText()) {
                case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job" ->
                        templates.add(new PodTemplate(o, o.path("spec").path("template").path("spec")));
                case "CronJob" -> templates.add(new PodTemplate(o,
                        o.path("spec").path("jobTemplate").path("spec").path("template").path("spec")));
                case "Pod" -> templates.add(new PodTemplate(o, o.path("spec")));
                default -> {
                }
            }
        }
        return templates;
    }

    static Optional<JsonNode> env(JsonNode container, String name) {
        for (JsonNode e : container.path("env")) {
            if (name.equals(e.path("name").asText())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
