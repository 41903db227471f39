package dev.checkout.fraud.rules;

import org.junit.jupiter.api.Test;

import static dev.checkout.fraud.rules.AnOrder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

class OrderFactsTest {

    @Test
    void oneMailboxHasOneKeyWhateverItsCaseOrPlusTag() {
        assertThat(anOrder().email("O.Brien+Shop@Example.IE").build().emailKey()).isEqualTo("o.brien@example.ie");
        assertThat(anOrder().email("o.brien@example.ie").build().emailKey()).isEqualTo("o.brien@example.ie");
    }

    @Test
    void theDomainIsWhatFollowsTheLastAt() {
        assertThat(anOrder().email("\"a@b\"@Mailinator.com").build().emailDomain()).isEqualTo("mailinator.com");
    }
}
