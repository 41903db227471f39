package dev.checkout.fraud.support;

import dev.checkout.testsupport.Tokens;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Requests as the realm's demo users with the roles this service admits. */
public final class Callers {

    public static final String REVIEWER = "fred";

    private Callers() {
    }

    public static RequestSpecification reviewer() {
        return RestAssured.given().auth().oauth2(Tokens.of(REVIEWER));
    }

    public static RequestSpecification support() {
        return RestAssured.given().auth().oauth2(Tokens.of("sue"));
    }

    public static RequestSpecification sre() {
        return RestAssured.given().auth().oauth2(Tokens.of("sam"));
    }
}
