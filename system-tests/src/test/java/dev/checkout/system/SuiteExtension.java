package dev.checkout.system;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Starts the suite once for the whole run (JUnit closes it at the end) and hands it to each journey. */
public final class SuiteExtension implements BeforeAllCallback, ParameterResolver {

    private static RunningSuite running;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (SuiteExtension.class) {
            if (running == null) {
                RunningSuite suite = new RunningSuite();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningSuite.class, suite);
                suite.start();
                running = suite;
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningSuite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running;
    }
}
