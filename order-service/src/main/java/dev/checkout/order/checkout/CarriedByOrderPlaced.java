package dev.checkout.order.checkout;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The request's customer and shipping address are what the {@code order.placed} contract accepts, checked against
 * that contract's own schema: an order the API takes is never one every worker would park (a charged order with no
 * fraud review, no email, no analytics). Runs in its own group, after the field constraints have passed.
 */
@Documented
@Constraint(validatedBy = CarriedByOrderPlacedValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CarriedByOrderPlaced {

    String message() default "is not accepted by the order.placed contract";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The group of this check: after {@code Default}, so a field fails once, with its own constraint's message. */
    interface Check {
    }
}
