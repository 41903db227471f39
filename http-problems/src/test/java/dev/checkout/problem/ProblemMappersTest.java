package dev.checkout.problem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMappersTest {

    @Test
    void namesTheOffendingFieldAsTheClientSentIt() {
        assertThat(ProblemMappers.field("place.request.lines[0].quantity")).isEqualTo("lines[0].quantity");
        assertThat(ProblemMappers.field("place.request.customer.email")).isEqualTo("customer.email");
        assertThat(ProblemMappers.field("place.request.lines")).isEqualTo("lines");
        assertThat(ProblemMappers.field("list.customerId")).isEqualTo("customerId");
    }
}
