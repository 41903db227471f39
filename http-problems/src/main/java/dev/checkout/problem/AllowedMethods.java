package dev.checkout.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods the service's resources accept on a path, for the {@code Allow} header of a 405 (RFC 9110 requires
 * it; Quarkus REST sends none). Read once from the resource classes' JAX-RS annotations.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}");

    private final BeanManager beans;
    private volatile List<Route> routes;

    AllowedMethods(BeanManager beans) {
        this.beans = beans;
    }

    private record Route(Pattern path, String method) {
    }

    /** The methods allowed on {@code path}, comma-separated as Allow wants them, or null if none is known. */
    public String on(String path) {
        Set<String> methods = new TreeSet<>();
        String absolute = ("/" + path).replaceAll("/+", "/");
        for (Route route : routes()) {
            if (route.path().matcher(absolute).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        if (!methods.isEmpty()) {
            methods.add("OPTIONS");
        }
        return methods.isEmpty() ? null : String.join(", ", methods);
    }

    private List<Route> routes() {
        if (routes == null) {
            List<Route> found = new ArrayList<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                Path root = bean.getBeanClass().getAnnotation(Path.class);
                if (root != null) {
                    for (Method method : bean.getBeanClass().getMethods()) {
                        String verb = verb(method);
                        if (verb != null) {
                            Path sub = method.getAnnotation(Path.class);
                            found.add(new Route(template(root.value() + "/" + (sub == null ? "" : sub.value())), verb));
                        }
                    }
                }
            }
            routes = found;
        }
        return routes;
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** A JAX-RS path template as a regular expression: {@code {id}} is one segment, {@code {id: re}} is re. */
    static Pattern template(String template) {
        String path = ("/" + template).replaceAll("/+", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(path);
        int at = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(path.substring(at, parameter.start())))
                    .append('(').append(parameter.group(1) == null ? "[^/]+" : parameter.group(1)).append(')');
            at = parameter.end();
        }
        regex.append(Pattern.quote(path.substring(at))).append("/?");
        return Pattern.compile(regex.toString());
    }
}
