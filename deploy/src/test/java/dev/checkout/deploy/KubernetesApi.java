package dev.checkout.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.JSON;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Validates built-in Kubernetes objects against the API of the Kubernetes version the official Java client was
 * generated from (io.kubernetes:client-java-api, see deploy/pom.xml): the group/version must serve the kind (the
 * generated {@code <Group><Version>Api} class has its create operation), and the object must pass the model's
 * validation (no unknown field at any depth, every required field, the JSON types) and deserialize (quantities,
 * int-or-string values). Nothing is fetched: the API description is the jar.
 */
final class KubernetesApi {

    private static final JSON JSON_SUPPORT = new JSON();

    private KubernetesApi() {
    }

    /** True when apiVersion belongs to a built-in API group (core or *.k8s.io or one of the classic groups). */
    // Kubernetes SIG projects that a cluster installs as CRDs, though their groups end in .k8s.io.
    private static final Set<String> CRD_GROUPS = Set.of("gateway.networking.k8s.io");

    static boolean isBuiltIn(String apiVersion) {
        if (!apiVersion.contains("/")) {
            return true;
        }
        String group = apiVersion.substring(0, apiVersion.indexOf('/'));
        return !group.contains(".") || group.endsWith(".k8s.io") && !CRD_GROUPS.contains(group);
    }

    /** Empty when the object is valid; otherwise what is wrong. */
    static Optional<String> validate(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        String versionPrefix = Character.toUpperCase(version.charAt(0)) + version.substring(1);

        String apiClass = "io.kubernetes.client.openapi.apis." + groupPrefix(group) + versionPrefix + "Api";
        try {
            Class<?> api = Class.forName(apiClass);
            boolean served = Arrays.stream(api.getMethods()).map(Method::getName)
                    .anyMatch(n -> n.equals("createNamespaced" + kind) || n.equals("create" + kind));
            if (!served) {
                return Optional.of(apiVersion + " does not serve kind " + kind);
            }
        } catch (ClassNotFoundException e) {
            return Optional.of("unknown API group/version " + apiVersion);
        }

        String modelClass = "io.kubernetes.client.openapi.models." + versionPrefix + kind;
        try {
            Class<?> model = Class.forName(modelClass);
            JsonElement tree = JsonParser.parseString(object.toString());
            Method validate = model.getMethod("validateJsonElement", JsonElement.class);
            validate.invoke(null, tree);
            JSON_SUPPORT.getGson().fromJson(tree, model);
            return Optional.empty();
        } catch (ClassNotFoundException e) {
            return Optional.of("no model " + modelClass + " for " + apiVersion + " " + kind);
        } catch (InvocationTargetException e) {
            return Optional.of(e.getCause().getMessage());
        } catch (RuntimeException e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Validates a fragment as the given model, e.g. a pod template inside a custom resource. */
    static Optional<String> validateAs(String modelSimpleName, JsonNode fragment) {
        try {
            Class<?> model = Class.forName("io.kubernetes.client.openapi.models." + modelSimpleName);
            JsonElement tree = JsonParser.parseString(fragment.toString());
            model.getMethod("validateJsonElement", JsonElement.class).invoke(null, tree);
            JSON_SUPPORT.getGson().fromJson(tree, model);
            return Optional.empty();
        } catch (InvocationTargetException e) {
            return Optional.of(e.getCause().getMessage());
        } catch (RuntimeException e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "" -> Core, "apps" -> Apps, "networking.k8s.io" -> Networking, "rbac.authorization.k8s.io" -> RbacAuthorization. */
    private static String groupPrefix(String group) {
        if (group.isEmpty()) {
            return "Core";
        }
        String name = group.endsWith(".k8s.io") ? group.substring(0, group.length() - ".k8s.io".length()) : group;
        StringBuilder out = new StringBuilder();
        for (String part : name.split("[.-]")) {
            out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return out.toString();
    }
}
