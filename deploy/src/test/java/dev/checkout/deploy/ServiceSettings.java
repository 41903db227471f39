package dev.checkout.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service reads, derived from its code and configuration rather than kept by hand: the keys of its
 * application.properties (any profile), the environment variables those properties reference ({@code ${DB_PASSWORD}}),
 * the properties of every {@code @ConfigMapping} in the service and in reliable-messaging (walked by reflection), and
 * the run-time properties of the Quarkus extensions on the services' class path (their quarkus-config-model.json).
 * An environment variable is a setting of the service when MicroProfile Config's environment mapping of one of those
 * property names gives it (upper case, every character other than a letter or digit an underscore).
 */
final class ServiceSettings {

    /** Variables the container image itself reads (its launcher, run-java.sh), beyond the Dockerfile's own ENV. */
    static final Set<String> IMAGE_LAUNCHER_VARIABLES = Set.of("JAVA_MAX_MEM_RATIO");

    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w+)");
    private static final Pattern PROPERTY_REFERENCE = Pattern.compile("\\$\\{([a-z][A-Za-z0-9._\"/-]*)(?::[^}]*)?}");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?}");
    private static final Pattern DOCKER_ENV = Pattern.compile("(?m)^ENV\\s+([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern DOCKER_EXPOSE = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)");
    private static final Map<String, ServiceSettings> CACHE = new ConcurrentHashMap<>();
    private static volatile Map<String, String> quarkusRuntimeProperties;

    final String module;
    /** Property key (profile prefix removed) to its value for the prod profile, the one the images run. */
    private final Map<String, String> prodProperties = new LinkedHashMap<>();
    /** Every property name the service may read; "*" stands for a map key. */
    private final Set<String> propertyNames = new TreeSet<>();
    /** Environment variables named literally in application.properties (${DB_PASSWORD}). */
    private final Set<String> referencedVariables = new TreeSet<>();
    private final Set<String> dockerfileVariables = new TreeSet<>();
    private final String pom;
    private final String dockerfile;

    private ServiceSettings(String module) {
        this.module = module;
        Path dir = Repo.ROOT.resolve(module);
        String properties = Repo.read(dir.resolve("src/main/resources/application.properties"));
        loadProperties(properties);
        Matcher refs = ENV_REFERENCE.matcher(properties);
        while (refs.find()) {
            referencedVariables.add(refs.group(1));
        }
        // Properties read through an expression only (quarkus.mailer.username=${smtp.username:}) are settings too.
        Matcher propertyRefs = PROPERTY_REFERENCE.matcher(properties);
        while (propertyRefs.find()) {
            propertyNames.add(propertyRefs.group(1));
        }
        for (Path sources : new Path[] {dir.resolve("src/main/java"), Repo.ROOT.resolve("reliable-messaging/src/main/java")}) {
            configMappings(sources).forEach((prefix, type) -> walk(type, prefix, propertyNames));
        }
        this.pom = Repo.read(dir.resolve("pom.xml"));
        this.dockerfile = Repo.read(dir.resolve("src/main/docker/Dockerfile.jvm"));
        Matcher env = DOCKER_ENV.matcher(dockerfile);
        while (env.find()) {
            dockerfileVariables.add(env.group(1));
        }
    }

    static ServiceSettings of(String module) {
        return CACHE.computeIfAbsent(module, ServiceSettings::new);
    }

    private void loadProperties(String text) {
        Properties all = new Properties();
        try {
            all.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> base = new LinkedHashMap<>();
        Map<String, String> prod = new LinkedHashMap<>();
        for (String key : all.stringPropertyNames()) {
            if (key.startsWith("%")) {
                int dot = key.indexOf('.');
                String name = key.substring(dot + 1);
                propertyNames.add(name);
                if (key.substring(1, dot).equals("prod")) {
                    prod.put(name, all.getProperty(key));
                }
            } else {
                propertyNames.add(key);
                base.put(key, all.getProperty(key));
            }
        }
        prodProperties.putAll(base);
        prodProperties.putAll(prod);
    }

    /** The property's value in the prod profile as written (expressions not expanded), if the file sets it. */
    Optional<String> property(String key) {
        return Optional.ofNullable(prodProperties.get(key));
    }

    /** Each incoming channel (the consumer's name) to the routing keys its queue is bound with. */
    Map<String, List<String>> incomingRoutingKeys() {
        Map<String, List<String>> channels = new TreeMap<>();
        Pattern key = Pattern.compile("mp\\.messaging\\.incoming\\.([A-Za-z0-9_-]+)\\.routing-keys");
        prodProperties.forEach((name, value) -> {
            Matcher m = key.matcher(name);
            if (m.matches()) {
                channels.put(m.group(1), List.of(value.split("\\s*,\\s*")));
            }
        });
        return channels;
    }

    /** A property's value in the prod profile with ${...} expanded from the file (not from the environment). */
    Optional<String> resolved(String key) {
        return property(key).map(this::expand);
    }

    /**
     * A property's value in the prod profile as the service sees it in a container with these environment variables:
     * a variable named like the property (DB_HOST for db.host) overrides it, and ${...} takes variables first.
     */
    Optional<String> effective(String key, Map<String, String> env) {
        String override = env.get(envName(key));
        return override != null ? Optional.of(override) : property(key).map(v -> expand(v, env));
    }

    private String expand(String value) {
        return expand(value, Map.of());
    }

    private String expand(String value, Map<String, String> env) {
        Matcher m = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}").matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String fromEnv = env.getOrDefault(name, env.get(envName(name)));
            String replacement = fromEnv != null ? fromEnv
                    : property(name).map(v -> expand(v, env)).orElse(m.group(2) == null ? "" : m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    boolean dependsOn(String artifactId) {
        return pom.contains("<artifactId>" + artifactId + "</artifactId>");
    }

    Set<Integer> dockerfileExposedPorts() {
        Set<Integer> ports = new TreeSet<>();
        Matcher m = DOCKER_EXPOSE.matcher(dockerfile);
        while (m.find()) {
            ports.add(Integer.parseInt(m.group(1)));
        }
        return ports;
    }

    /** Why the variable is a setting of this service, or empty when it is not one. */
    Optional<String> reads(String variable) {
        if (referencedVariables.contains(variable)) {
            return Optional.of("referenced as ${" + variable + "} in application.properties");
        }
        for (String name : propertyNames) {
            if (envPattern(name).matcher(variable).matches()) {
                return Optional.of("environment form of " + name);
            }
        }
        String quarkus = quarkusRuntimeProperties().get(variable);
        if (quarkus != null) {
            return Optional.of("environment form of the Quarkus run-time property " + quarkus);
        }
        if (dockerfileVariables.contains(variable)) {
            return Optional.of("ENV of src/main/docker/Dockerfile.jvm");
        }
        if (IMAGE_LAUNCHER_VARIABLES.contains(variable)) {
            return Optional.of("read by the image's launcher (run-java.sh)");
        }
        return Optional.empty();
    }

    Set<String> propertyNames() {
        return propertyNames;
    }

    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Pattern envPattern(String property) {
        StringBuilder regex = new StringBuilder();
        String[] parts = property.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append("[A-Z0-9_]+");
            }
            regex.append(Pattern.quote(envName(parts[i])));
        }
        return Pattern.compile(regex.toString());
    }

    // ------------------------------------------------------------------------------------------ @ConfigMapping

    private static Map<String, Class<?>> configMappings(Path sources) {
        Map<String, Class<?>> mappings = new LinkedHashMap<>();
        if (!Files.isDirectory(sources)) {
            return mappings;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                String outer = sources.relativize(file).toString()
                        .replace(".java", "").replace(file.getFileSystem().getSeparator(), ".");
                String simple = outer.substring(outer.lastIndexOf('.') + 1);
                Matcher m = CONFIG_MAPPING.matcher(text);
                while (m.find()) {
                    // The annotated interface: the file's own type, or one nested in it.
                    Matcher declared = INTERFACE.matcher(text);
                    if (!declared.find(m.end())) {
                        continue;
                    }
                    String name = declared.group(1);
                    String className = name.equals(simple) ? outer : outer + "$" + name;
                    Class<?> type = Class.forName(className, false, ServiceSettings.class.getClassLoader());
                    ConfigMapping annotation = type.getAnnotation(ConfigMapping.class);
                    mappings.put(annotation != null ? annotation.prefix() : m.group(1), type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("A @ConfigMapping class is not on the test class path; is its module a "
                    + "dependency of deploy/pom.xml? " + e.getMessage(), e);
        }
        return mappings;
    }

    private static void walk(Class<?> group, String prefix, Set<String> into) {
        for (Method method : group.getMethods()) {
            if (method.isDefault() || Modifier.isStatic(method.getModifiers()) || method.getParameterCount() > 0
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String name;
            if (method.isAnnotationPresent(WithParentName.class)) {
                name = prefix;
            } else {
                String segment = method.isAnnotationPresent(WithName.class)
                        ? method.getAnnotation(WithName.class).value() : kebab(method.getName());
                name = prefix.isEmpty() ? segment : prefix + "." + segment;
            }
            property(method.getGenericReturnType(), name, into);
        }
    }

    private static void property(Type type, String name, Set<String> into) {
        Class<?> raw = raw(type);
        if (raw == Optional.class || Collection.class.isAssignableFrom(raw)) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            property(element, name, into);
        } else if (Map.class.isAssignableFrom(raw)) {
            Type value = ((ParameterizedType) type).getActualTypeArguments()[1];
            property(value, name + ".*", into);
        } else if (raw.isInterface() && !raw.getName().startsWith("java.")) {
            walk(raw, name, into);
        } else {
            into.add(name);
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------------------- Quarkus extensions' config

    /** Environment variable to property, for the run-time properties of every extension on the class path. */
    static Map<String, String> quarkusRuntimeProperties() {
        if (quarkusRuntimeProperties == null) {
            synchronized (ServiceSettings.class) {
                if (quarkusRuntimeProperties == null) {
                    quarkusRuntimeProperties = loadQuarkusModel();
                }
            }
        }
        return quarkusRuntimeProperties;
    }

    private static Map<String, String> loadQuarkusModel() {
        Map<String, String> variables = new ConcurrentHashMap<>();
        ObjectMapper json = new ObjectMapper();
        try {
            Enumeration<URL> models = ServiceSettings.class.getClassLoader()
                    .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json");
            while (models.hasMoreElements()) {
                try (InputStream in = models.nextElement().openStream()) {
                    collect(json.readTree(in), variables);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (variables.isEmpty()) {
            throw new IllegalStateException("no Quarkus configuration model on the class path");
        }
        return variables;
    }

    private static void collect(JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            JsonNode path = node.path("path");
            if (path.isObject() && path.has("environmentVariable") && "RUN_TIME".equals(node.path("phase").asText())) {
                into.put(path.path("environmentVariable").asText(), path.path("property").asText());
            }
            node.forEach(child -> collect(child, into));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, into));
        }
    }

    static Set<String> all(Collection<String> modules) {
        Set<String> names = new LinkedHashSet<>();
        modules.forEach(m -> names.addAll(of(m).propertyNames));
        return names;
    }
}
