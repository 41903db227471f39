package dev.checkout.order.api;

import dev.checkout.testsupport.OpenApiLintContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiLintTest extends OpenApiLintContract {
}
