package dev.checkout.analytics;

import dev.checkout.testsupport.OpenApiLintContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiLintTest extends OpenApiLintContract {
}
