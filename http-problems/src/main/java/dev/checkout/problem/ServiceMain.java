package dev.checkout.problem;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Every service's entry point. Quarkus' HTTP root answers a request target that is not a URI ({@code /orders/%zz},
 * {@code /orders/a|b}) with a bare 400 before any route runs, and only a JVM property read as its server starts turns
 * that check off. This main sets it, so the check happens in {@link HttpLayerProblems} instead, which refuses the
 * same targets with a problem document. Tests, which start the application without a main, set the property in
 * Surefire's configuration.
 */
@QuarkusMain
public class ServiceMain {

    private static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";

    public static void main(String... args) {
        System.setProperty(URI_VALIDATION_OFF, "true");
        Quarkus.run(args);
    }
}
