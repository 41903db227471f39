package dev.checkout.order.contract;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value is one that the {@code order.placed} contract's definition of this name accepts (its {@code $defs}),
 * checked against the contract itself: what the API takes can never be what every worker would park, and the two
 * cannot drift apart. A null value is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = CarriedValidator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Carried {

    /** The definition's name in the contract's {@code $defs}, e.g. {@code countryCode}. */
    String value();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
