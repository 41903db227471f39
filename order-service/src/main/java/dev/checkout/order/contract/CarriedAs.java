package dev.checkout.order.contract;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole value is what the {@code order.placed} contract accepts as this part of its order, checked against the
 * contract's own schema for it: an order the API takes is never one every worker would park (a charged order with no
 * fraud review, no email, no analytics). Give it the group {@link Check} and put that group after the type's own in a
 * {@code @GroupSequence}, so a field that fails its own constraint is reported once, with that constraint's message.
 */
@Documented
@Constraint(validatedBy = CarriedAsValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CarriedAs {

    /** The part's property in the event's {@code order}, e.g. {@code customer}. */
    String value();

    String message() default "is not accepted by the order.placed contract";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The group of this check: after the type's field constraints. */
    interface Check {
    }
}
