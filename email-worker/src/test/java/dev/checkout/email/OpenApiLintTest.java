package dev.checkout.email;

import dev.checkout.testsupport.OpenApiLintContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiLintTest extends OpenApiLintContract {
}
