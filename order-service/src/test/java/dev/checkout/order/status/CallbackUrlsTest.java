package dev.checkout.order.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallbackUrlsTest {

    private final CallbackUrls urls = new CallbackUrls(Set.of("hooks.example.com", "*.shop.example", "127.0.0.1"),
            false);

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.example.com/orders", "http://HOOKS.example.com./orders?tenant=7",
            "https://eu.shop.example/hooks", "https://a.b.shop.example:8443/hooks", "http://127.0.0.1:9000/"})
    void acceptsHostsOnTheAllowList(String url) {
        assertThatCode(() -> urls.check(url)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://shop.example/hooks", "https://hooks.example.com.evil.test/",
            "https://evilshop.example/", "http://127.0.0.2/", "http://localhost/", "https://user@hooks.example.com/",
            "ftp://hooks.example.com/", "file:///etc/passwd", "hooks.example.com/orders", "https://hooks example.com/"})
    void refusesEverythingElse(String url) {
        assertThatThrownBy(() -> urls.check(url)).isInstanceOf(CallbackUrlNotAllowed.class);
    }

    @Test
    void noCallbackUrlIsFine() {
        assertThatCode(() -> urls.check(null)).doesNotThrowAnyException();
    }

    @Test
    void canRequireHttps() {
        CallbackUrls httpsOnly = new CallbackUrls(Set.of("hooks.example.com"), true);

        assertThatCode(() -> httpsOnly.check("https://hooks.example.com/")).doesNotThrowAnyException();
        assertThatThrownBy(() -> httpsOnly.check("http://hooks.example.com/"))
                .isInstanceOf(CallbackUrlNotAllowed.class);
    }
}
