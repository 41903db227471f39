package dev.checkout.system;

import dev.checkout.testsupport.Tokens;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shop's pages and the dead-letter console in a real headless Chromium, over the packaged services: a shopper
 * places an order on the page and watches its follow-ups complete without reloading, also while a worker is down, and
 * a customer does the same signed in, the order theirs;
 * an SRE signs in and discards a parked poison message with a reason the audit log keeps; nobody else gets in. Every
 * page passes axe-core. Stops workers, never the broker.
 */
@ExtendWith(SuiteExtension.class)
class ShopAndConsolePagesTest {

    // Generous: the follow-ups' workers share a busy test machine with the browser.
    private static final Duration FOLLOW_UPS = Duration.ofSeconds(180);
    private static final List<String> FOLLOW_UP_NAMES = List.of("email", "fraud", "analytics", "fulfilment");

    private final RunningSuite suite;
    private final Shop shop;

    ShopAndConsolePagesTest(RunningSuite suite) {
        this.suite = suite;
        this.shop = new Shop(suite);
    }

    @AfterEach
    void restore() throws Exception {
        suite.restore();
    }

    @Test
    void anOrderPlacedOnThePageShowsEveryFollowUpReachDoneWithoutReloading() {
        String sku = shop.newProduct(1900);
        try (Browser browser = new Browser()) {
            fillCheckout(browser.driver, sku, "local");
            assertThat(browser.accessibilityViolations()).as("axe on the shop page").isEmpty();
            browser.screenshot("shop");
            browser.driver.findElement(By.id("place-order")).click();

            waitFor(browser.driver, Duration.ofSeconds(20), d -> d.getCurrentUrl().contains("/shop/orders/"));
            waitFor(browser.driver, Duration.ofSeconds(20), d -> followUpStates(d).size() == FOLLOW_UP_NAMES.size());
            // Marks this document: a reload would lose the mark.
            ((JavascriptExecutor) browser.driver).executeScript("window.notReloaded = true;");
            assertThat(browser.driver.findElement(By.id("order-status")).getText()).contains("CONFIRMED");

            waitFor(browser.driver, FOLLOW_UPS, d -> followUpStates(d).values().stream().allMatch("DONE"::equals));
            assertThat(((JavascriptExecutor) browser.driver).executeScript("return window.notReloaded === true;"))
                    .as("the page was not reloaded").isEqualTo(true);
            assertThat(followUpStates(browser.driver).keySet()).containsExactlyInAnyOrderElementsOf(FOLLOW_UP_NAMES);
            waitFor(browser.driver, Duration.ofSeconds(10),
                    d -> d.findElements(By.cssSelector("#timeline li")).size() >= 2 + FOLLOW_UP_NAMES.size());
            assertThat(browser.driver.findElement(By.id("receipt")).isDisplayed()).isTrue();
            assertThat(browser.accessibilityViolations()).as("axe on the order page").isEmpty();
            browser.screenshot("order-done");
        }
    }

    @Test
    void aCustomerWhoSignsInOnTheShopPageOrdersAsThemselvesAndFollowsTheOrderLive() {
        String sku = shop.newProduct(2100);
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver;
            driver.get(suite.orders.url() + "/shop");
            driver.findElement(By.linkText("Sign in")).click();
            signInOnTheIdentityProvidersPage(driver, "ann");
            waitFor(driver, Duration.ofSeconds(20), d -> d.getCurrentUrl().equals(suite.orders.url() + "/shop")
                    && d.findElement(By.cssSelector("header")).getText().contains("Signed in as Ann Customer"));
            assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("Ann Customer");
            fillForm(driver, sku, "local", null);
            assertThat(browser.accessibilityViolations()).as("axe on the signed-in shop page").isEmpty();
            // Who is shopping is at the top of the page.
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
            browser.screenshot("shop-signed-in");
            driver.findElement(By.id("place-order")).click();

            waitFor(driver, Duration.ofSeconds(20), d -> d.getCurrentUrl().contains("/shop/orders/"));
            String orderId = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
            waitFor(driver, Duration.ofSeconds(20), d -> followUpStates(d).size() == FOLLOW_UP_NAMES.size());
            ((JavascriptExecutor) driver).executeScript("window.notReloaded = true;");
            waitFor(driver, FOLLOW_UPS, d -> followUpStates(d).values().stream().allMatch("DONE"::equals));
            assertThat(((JavascriptExecutor) driver).executeScript("return window.notReloaded === true;"))
                    .as("the page was not reloaded").isEqualTo(true);
            waitFor(driver, Duration.ofSeconds(10), d -> d.findElement(By.id("receipt")).isDisplayed());
            assertThat(driver.findElement(By.id("receipt-link")).getAttribute("href"))
                    .as("read with the session, not a status token").endsWith("/orders/" + orderId + "/receipt");
            assertThat(((JavascriptExecutor) driver).executeScript("return sessionStorage.length;")).isEqualTo(0L);
            assertThat(browser.accessibilityViolations()).as("axe on the signed-in order page").isEmpty();

            // The order is the customer's: their own API client lists it.
            List<String> annsOrders = RestAssured.given().auth().oauth2(Tokens.of("ann"))
                    .get(suite.orders.url() + "/orders").then().statusCode(200).extract().path("items.id");
            assertThat(annsOrders).contains(orderId);

            // Signing out ends the session at the identity provider too, and comes back to the shop as a guest.
            driver.findElement(By.linkText("Sign out")).click();
            waitFor(driver, Duration.ofSeconds(20), d -> d.getCurrentUrl().startsWith(suite.orders.url() + "/shop")
                    && !d.findElements(By.linkText("Sign in")).isEmpty());
            driver.findElement(By.linkText("Sign in")).click();
            waitFor(driver, Duration.ofSeconds(20), d -> !d.findElements(By.id("username")).isEmpty());
        }
    }

    @Test
    void aWorkerThatIsDownShowsItsFollowUpDelayedThenDoneAfterItsRestartWithoutReloading() {
        String sku = shop.newProduct(2500);
        suite.analytics.stop();
        try (Browser browser = new Browser()) {
            fillCheckout(browser.driver, sku, "local");
            browser.driver.findElement(By.id("place-order")).click();
            waitFor(browser.driver, Duration.ofSeconds(20), d -> d.getCurrentUrl().contains("/shop/orders/"));
            ((JavascriptExecutor) browser.driver).executeScript("window.notReloaded = true;");

            // order-service shows DELAYED 10 s after the confirmation here (ORDER_STATUS_DELAYED_AFTER).
            waitFor(browser.driver, FOLLOW_UPS, d -> "DELAYED".equals(followUpStates(d).get("analytics"))
                    && "DONE".equals(followUpStates(d).get("email")));
            assertThat(browser.accessibilityViolations()).as("axe on the order page with a delay").isEmpty();
            browser.screenshot("order-delayed");

            suite.analytics.start();
            waitFor(browser.driver, FOLLOW_UPS, d -> followUpStates(d).values().stream().allMatch("DONE"::equals));
            assertThat(((JavascriptExecutor) browser.driver).executeScript("return window.notReloaded === true;"))
                    .as("the page was not reloaded").isEqualTo(true);
        }
    }

    @Test
    void aDeclinedCardShowsTheProblemsMessage() {
        String sku = shop.newProduct(700);
        try (Browser browser = new Browser()) {
            fillCheckout(browser.driver, sku, "tok_chargeDeclined");
            browser.driver.findElement(By.id("place-order")).click();
            WebElement problem = browser.driver.findElement(By.id("checkout-problem"));
            waitFor(browser.driver, Duration.ofSeconds(20), d -> problem.isDisplayed());
            assertThat(problem.getText()).containsIgnoringCase("declined").doesNotContain("{");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/shop");
            assertThat(browser.accessibilityViolations()).as("axe on the shop page with a problem").isEmpty();
        }
    }

    @Test
    void anSreFindsAParkedPoisonMessageByItsCauseAndDiscardsItWithAReasonTheAuditLogKeeps() {
        String poison = UUID.randomUUID().toString();
        publishPoison(poison);
        String consumer = "fraud";
        String admin = suite.fraud.url() + "/admin/dlq/" + consumer;
        await().atMost(FOLLOW_UPS).untilAsserted(() -> RestAssured.given().auth().oauth2(Tokens.of("sam"))
                .get(admin + "/messages/" + poison).then().statusCode(200));
        String reason = RestAssured.given().auth().oauth2(Tokens.of("sam")).get(admin + "/messages/" + poison)
                .then().extract().path("reason");

        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver;
            signIn(driver, "sam");
            waitFor(driver, Duration.ofSeconds(20), d -> !d.findElements(
                    By.cssSelector("#lots tr[data-service='fraud-worker'][data-consumer='fraud']")).isEmpty());
            assertThat(driver.findElement(By.cssSelector("header")).getText()).contains("Signed in as sam");
            assertThat(browser.accessibilityViolations()).as("axe on the console").isEmpty();
            driver.findElement(By.cssSelector("#lots tr[data-service='fraud-worker'] button")).click();

            // The group of its cause, among whatever else is parked.
            waitFor(driver, Duration.ofSeconds(20), d -> d.findElements(By.cssSelector("#groups li.group")).stream()
                    .anyMatch(g -> g.getText().contains(reason)));
            WebElement group = driver.findElements(By.cssSelector("#groups li.group")).stream()
                    .filter(g -> g.getText().contains(reason)).findFirst().orElseThrow();
            group.findElement(By.xpath(".//button[text()='Messages']")).click();
            By row = By.cssSelector("#messages tr[data-message-id='" + poison + "']");
            waitFor(driver, Duration.ofSeconds(20), d -> !d.findElements(row).isEmpty());
            driver.findElement(row).findElement(By.xpath(".//button[text()='Show']")).click();
            waitFor(driver, Duration.ofSeconds(20),
                    d -> d.findElement(By.id("message-detail")).getText().contains(poison));
            assertThat(browser.accessibilityViolations()).as("axe on the console with a message open").isEmpty();
            browser.screenshot("console");

            driver.findElement(By.id("reason")).sendKeys("poison event from the system test");
            driver.findElement(row).findElement(By.xpath(".//button[text()='Discard']")).click();

            By audited = By.cssSelector("#audit tr[data-message-id='" + poison + "']");
            waitFor(driver, Duration.ofSeconds(20), d -> !d.findElements(audited).isEmpty());
            assertThat(driver.findElement(audited).getText())
                    .contains("DISCARD", "sam", "poison event from the system test");
            // Written once the page has reloaded its lists, which may end after the audit row has appeared.
            waitFor(driver, Duration.ofSeconds(20),
                    d -> d.findElement(By.id("console-status")).getText().contains("Discarded 1"));
            RestAssured.given().auth().oauth2(Tokens.of("sam")).get(admin + "/messages/" + poison)
                    .then().statusCode(404);
        }
    }

    @Test
    void nobodyButAnSreOpensTheConsole() {
        try (Browser browser = new Browser()) {
            browser.driver.get(suite.orders.url() + "/console");
            waitFor(browser.driver, Duration.ofSeconds(20), d -> d.getCurrentUrl().startsWith(Tokens.REALM_URL));
            assertThat(browser.driver.findElements(By.id("username"))).as("Keycloak's sign-in form").isNotEmpty();
        }
        try (Browser browser = new Browser()) {
            signIn(browser.driver, "ann");
            waitFor(browser.driver, Duration.ofSeconds(20), d -> d.getCurrentUrl().startsWith(suite.orders.url()));
            assertThat(browser.driver.getPageSource()).doesNotContain("Dead-letter console").contains("forbidden");
            browser.driver.get(suite.orders.url() + "/console/api/services");
            assertThat(browser.driver.getPageSource()).doesNotContain("parkingLots").contains("forbidden");
        }
    }

    private void fillCheckout(WebDriver driver, String sku, String card) {
        driver.get(suite.orders.url() + "/shop");
        fillForm(driver, sku, card, "Grace Hopper");
    }

    /** The shop page's form; a signed-in customer's name is there already ({@code name} null). */
    private static void fillForm(WebDriver driver, String sku, String card, String name) {
        By quantity = By.id("qty-" + sku);
        waitFor(driver, Duration.ofSeconds(20), d -> !d.findElements(quantity).isEmpty());
        WebElement input = driver.findElement(quantity);
        input.clear();
        input.sendKeys("2");
        if (name != null) {
            driver.findElement(By.id("name")).sendKeys(name);
        }
        driver.findElement(By.id("email")).sendKeys("shopper-" + UUID.randomUUID() + "@example.com");
        driver.findElement(By.id("line1")).sendKeys("1 Main St");
        driver.findElement(By.id("city")).sendKeys("Berlin");
        driver.findElement(By.id("postalCode")).sendKeys("10115");
        new Select(driver.findElement(By.id("country"))).selectByValue("DE");
        new Select(driver.findElement(By.id("card"))).selectByValue(card);
    }

    /** Opens the console and signs in on the identity provider's page (authorization code with PKCE). */
    private void signIn(WebDriver driver, String user) {
        driver.get(suite.orders.url() + "/console");
        signInOnTheIdentityProvidersPage(driver, user);
    }

    private static void signInOnTheIdentityProvidersPage(WebDriver driver, String user) {
        waitFor(driver, Duration.ofSeconds(20), d -> !d.findElements(By.id("username")).isEmpty());
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user + "-password");
        driver.findElement(By.id("kc-login")).click();
    }

    /** Read in one script: the page re-renders the list on every update, so elements found earlier go stale. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> followUpStates(WebDriver driver) {
        return (Map<String, String>) ((JavascriptExecutor) driver).executeScript(
                "return Object.fromEntries(Array.from(document.querySelectorAll('#follow-ups li[data-follow-up]'),"
                        + " li => [li.dataset.followUp, li.dataset.state]));");
    }

    /** On a timeout, says where the browser was and what it showed. */
    private static void waitFor(WebDriver driver, Duration timeout, Function<WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(driver, timeout, Duration.ofMillis(200)).until(condition::apply);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + timeout + " at " + driver.getCurrentUrl() + " showing:\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    private static void publishPoison(String poison) {
        try {
            Broker.publish("order.placed", poison, "{\"eventId\": \"" + poison + "\", \"eventType\": \"order.placed\"}");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
