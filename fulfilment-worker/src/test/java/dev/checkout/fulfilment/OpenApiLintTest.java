package dev.checkout.fulfilment;

import dev.checkout.testsupport.OpenApiLintContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiLintTest extends OpenApiLintContract {
}
