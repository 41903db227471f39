package dev.checkout.order.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.checkout.order.fixtures.OrderApi.catalogAdmin;
import static dev.checkout.order.fixtures.OrderApi.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class CatalogTest {

    @Test
    void servesTheDemoCatalogOutsideProd() {
        for (String sku : List.of("MUG-001", "TEE-001", "CAP-001", "STICKER-001", "BOOK-001")) {
            RestAssured.get("/products/" + sku).then().statusCode(200).body("currency", equalTo("EUR"));
        }
        RestAssured.get("/products/MUG-001")
                .then().statusCode(200)
                .body("name", equalTo("Fan-out coffee mug"))
                .body("priceMinor", equalTo(1200))
                .body("stock", notNullValue());
    }

    @Test
    void listsTheCatalogInPages() {
        List<String> firstPage = RestAssured.given().queryParam("size", 3).get("/products")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(3))
                .body("total", greaterThanOrEqualTo(5))
                .extract().path("items.sku");
        List<String> secondPage = RestAssured.given().queryParam("size", 3).queryParam("page", 1).get("/products")
                .then().statusCode(200).extract().path("items.sku");

        assertThat(firstPage).hasSize(3);
        assertThat(secondPage).isNotEmpty().doesNotContainAnyElementsOf(firstPage);
    }

    @Test
    void putCreatesThenReplacesAProduct() {
        String sku = uniqueSku("PUT");
        catalogAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "Lamp", "priceMinor", 4500, "currency", "EUR", "stock", 7))
                .put("/products/" + sku)
                .then().statusCode(201)
                .header("Location", "/products/" + sku)
                .body("sku", equalTo(sku))
                .body("stock", equalTo(7));

        catalogAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "Desk lamp", "priceMinor", 4900, "currency", "EUR", "stock", 3))
                .put("/products/" + sku)
                .then().statusCode(200)
                .body("name", equalTo("Desk lamp"));

        RestAssured.get("/products/" + sku)
                .then().statusCode(200)
                .body("name", equalTo("Desk lamp"))
                .body("priceMinor", equalTo(4900))
                .body("stock", equalTo(3));
    }

    @Test
    void anUnknownSkuIsAProblem() {
        RestAssured.get("/products/NOPE-404")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("product_not_found"));
    }

    @Test
    void refusesAnInvalidProduct() {
        catalogAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "", "priceMinor", -1, "currency", "euro", "stock", 1))
                .put("/products/" + uniqueSku("BAD"))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation_failed"))
                .body("errors.field", hasItems("name", "priceMinor", "currency"));

        catalogAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "priceMinor", 1, "currency", "EUR", "stock", 1))
                .put("/products/has space")
                .then().statusCode(400)
                .body("code", equalTo("validation_failed"))
                .body("errors.field", hasItem("sku"));
    }

    @Test
    void refusesInvalidPaging() {
        RestAssured.given().queryParam("size", 1000).get("/products")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation_failed"))
                .body("errors.field", hasItem("size"));
    }
}
