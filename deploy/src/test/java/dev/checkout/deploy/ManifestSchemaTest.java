package dev.checkout.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every overlay renders with kustomize, and every object it renders is valid: built-in kinds against the Kubernetes
 * API of the version in deploy/pom.xml, custom resources against the schemas their projects publish on npm
 * (deploy/schemas/npm) or, for the kinds no package publishes, against deploy/schemas/crds. All of them refuse an
 * unknown field, as the API server does with strict field validation.
 */
class ManifestSchemaTest {

    static List<String> overlays() {
        return Repo.overlays().toList();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void overlayRendersTheWholeSuite(String overlay) {
        List<ObjectNode> objects = Repo.render(overlay);

        assertThat(objects).as("objects rendered by %s for overlays/%s", Kustomize.describeCommand(), overlay)
                .isNotEmpty();
        for (String service : Repo.SERVICES) {
            for (String kind : List.of("Deployment", "Service", "ServiceAccount", "PodDisruptionBudget")) {
                assertThat(Repo.find(objects, kind, service)).as("%s %s/%s", overlay, kind, service).isPresent();
            }
            assertThat(Repo.ofKind(objects, "ConfigMap")).as("%s: the ConfigMap of %s", overlay, service)
                    .anyMatch(c -> c.path("metadata").path("name").asText().startsWith(service + "-config"));
        }
        assertThat(objects).as("every object of %s is namespaced into checkout, except the Namespace itself", overlay)
                .filteredOn(o -> !o.path("kind").asText().equals("Namespace"))
                .allMatch(o -> o.path("metadata").path("namespace").asText().equals("checkout"));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectValidatesAgainstItsSchema(String overlay) {
        List<String> problems = new ArrayList<>();
        List<ObjectNode> objects = Repo.render(overlay);
        List<Optional<List<String>>> published = PublishedSchemas.validate(objects);
        for (int i = 0; i < objects.size(); i++) {
            ObjectNode object = objects.get(i);
            String apiVersion = object.path("apiVersion").asText();
            KubernetesApi.validateAs("V1ObjectMeta", object.path("metadata"))
                    .ifPresent(p -> problems.add(Repo.id(object) + " metadata: " + p));
            if (KubernetesApi.isBuiltIn(apiVersion)) {
                KubernetesApi.validate(object).ifPresent(p -> problems.add(Repo.id(object) + ": " + p));
            } else {
                published.get(i).orElseGet(() -> CustomResourceSchemas.validate(object))
                        .forEach(p -> problems.add(Repo.id(object) + ": " + p));
            }
        }
        assertThat(problems).as("schema problems in overlays/%s (Kubernetes %s API)", overlay,
                System.getProperty("kubernetes.api.version")).isEmpty();
    }

    @Test
    void prodRabbitMqOverrideIsAValidPodTemplate() {
        ObjectNode cluster = Repo.get(Repo.render("prod"), "RabbitmqCluster", "rabbitmq");
        JsonNode template = cluster.path("spec").path("override").path("statefulSet").path("spec").path("template");

        assertThat(KubernetesApi.validateAs("V1PodTemplateSpec", template)).isEmpty();
    }

    // The validators are not vacuous: each catches what an apply would reject.

    @Test
    void anUnknownFieldInADeploymentIsRejected() {
        ObjectNode deployment = Repo.get(Repo.render("dev"), "Deployment", "order-service").deepCopy();
        ((ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0))
                .put("imagePullPolice", "Always");

        assertThat(KubernetesApi.validate(deployment)).get().asString().contains("imagePullPolice");
    }

    @Test
    void aMissingRequiredFieldIsRejected() {
        ObjectNode deployment = Repo.get(Repo.render("dev"), "Deployment", "order-service").deepCopy();
        ((ObjectNode) deployment.path("spec")).remove("selector");

        assertThat(KubernetesApi.validate(deployment)).get().asString().contains("selector");
    }

    @Test
    void aWrongTypeIsRejected() {
        ObjectNode service = Repo.get(Repo.render("dev"), "Service", "order-service").deepCopy();
        ((ObjectNode) service.path("spec").path("ports").get(0)).put("port", "http");

        assertThat(KubernetesApi.validate(service)).isPresent();
    }

    @Test
    void aKindTheApiVersionDoesNotServeIsRejected() {
        ObjectNode hpa = Repo.get(Repo.render("prod"), "HorizontalPodAutoscaler", "order-service").deepCopy();
        hpa.put("apiVersion", "apps/v1");

        assertThat(KubernetesApi.validate(hpa)).get().asString().contains("does not serve");
    }

    @Test
    void aMisspeltFieldInAPublishedCustomResourceIsRejected() {
        List<ObjectNode> prod = Repo.render("prod");
        ObjectNode scaledObject = Repo.get(prod, "ScaledObject", "email-worker").deepCopy();
        ((ObjectNode) scaledObject.path("spec")).put("minReplicaCont", 1);
        ObjectNode trigger = Repo.get(prod, "ScaledObject", "fraud-worker").deepCopy();
        ((ObjectNode) trigger.path("spec").path("triggers").get(0)).putObject("metdata");
        ObjectNode monitor = Repo.get(prod, "ServiceMonitor", "checkout-services").deepCopy();
        ((ObjectNode) monitor.path("spec").path("endpoints").get(0)).put("intervall", "30s");
        ObjectNode route = Repo.get(prod, "HTTPRoute", "order-api").deepCopy();
        ((ObjectNode) route.path("spec").path("rules").get(0)).putArray("matchs");
        ObjectNode rule = Repo.get(prod, "PrometheusRule", "checkout-messaging").deepCopy();
        ((ObjectNode) rule.path("spec").path("groups").get(0).path("rules").get(0)).put("for", "five minutes");
        ObjectNode postgres = Repo.get(prod, "Cluster", "postgres").deepCopy();
        ((ObjectNode) postgres.path("spec").path("postgresql")).putArray("pg_hbaa");
        ObjectNode certificate = Repo.get(prod, "Certificate", "postgres-server").deepCopy();
        ((ObjectNode) certificate.path("spec")).putArray("dnsName");

        assertThat(PublishedSchemas.validate(List.of(scaledObject, trigger, monitor, route, rule, postgres, certificate)))
                .map(result -> result.orElseThrow(() -> new AssertionError("no published schema applied")))
                .satisfiesExactly(
                        errors -> assertThat(errors).singleElement().asString().contains("/spec/minReplicaCont"),
                        errors -> assertThat(errors).singleElement().asString().contains("/spec/triggers/0/metdata"),
                        errors -> assertThat(errors).singleElement().asString().contains("/spec/endpoints/0/intervall"),
                        errors -> assertThat(errors).singleElement().asString().contains("/spec/rules/0/matchs"),
                        errors -> assertThat(errors).singleElement().asString().contains("/spec/groups/0/rules/0/for"),
                        errors -> assertThat(errors).singleElement().asString().contains("/spec/postgresql/pg_hbaa"),
                        errors -> assertThat(errors).singleElement().asString().contains("/spec/dnsName"));
    }

    @Test
    void theSameObjectsUnchangedPassThePublishedSchemas() {
        List<ObjectNode> prod = Repo.render("prod");
        List<ObjectNode> published = List.of(Repo.get(prod, "ScaledObject", "email-worker"),
                Repo.get(prod, "ServiceMonitor", "checkout-services"), Repo.get(prod, "HTTPRoute", "order-api"),
                Repo.get(prod, "PrometheusRule", "checkout-messaging"), Repo.get(prod, "Cluster", "postgres"),
                Repo.get(prod, "Certificate", "postgres-server"));

        assertThat(PublishedSchemas.validate(published)).containsOnly(Optional.of(List.of()));
    }

    @Test
    void noHandWrittenSchemaShadowsAPublishedOne() {
        List<String> shadowed = new ArrayList<>();
        Repo.overlays().flatMap(o -> Repo.render(o).stream())
                .filter(o -> !KubernetesApi.isBuiltIn(o.path("apiVersion").asText()))
                .filter(o -> PublishedSchemas.validate(o).isPresent())
                .map(o -> CustomResourceSchemas.fileFor(o.path("apiVersion").asText(), o.path("kind").asText()))
                .filter(java.nio.file.Files::exists)
                .forEach(f -> shadowed.add(Repo.DEPLOY.relativize(f).toString()));

        assertThat(shadowed).as("hand-written subsets of kinds whose real schema is published on npm").isEmpty();
    }

    @Test
    void anUnknownFieldInACustomResourceIsRejected() {
        ObjectNode cluster = Repo.get(Repo.render("prod"), "RabbitmqCluster", "rabbitmq").deepCopy();
        ((ObjectNode) cluster.path("spec")).put("replica", 3);
        ObjectNode keycloak = Repo.get(Repo.render("prod"), "Keycloak", "keycloak").deepCopy();
        ((ObjectNode) keycloak.path("spec").path("db")).put("passwordSecert", "keycloak-db");

        assertThat(CustomResourceSchemas.validate(cluster)).anyMatch(m -> m.contains("replica"));
        assertThat(CustomResourceSchemas.validate(keycloak)).anyMatch(m -> m.contains("passwordSecert"));
    }
}
