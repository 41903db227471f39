package dev.checkout.order.contract;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.checkout.messaging.contract.EventContract;
import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks a value against one of the {@code order.placed} contract's definitions. Dependent: each use of the constraint
 * gets its own instance, initialized with its own definition (a shared one would check every use against the last).
 */
@Dependent
public class CarriedValidator implements ConstraintValidator<Carried, String> {

    static final String EVENT_TYPE = "order.placed";
    static final int SCHEMA_VERSION = 1;

    private final EventContract contract;
    private String definition;

    CarriedValidator(EventContract contract) {
        this.contract = contract;
    }

    @Override
    public void initialize(Carried carried) {
        definition = "/$defs/" + carried.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null
                || contract.violations(EVENT_TYPE, SCHEMA_VERSION, definition, TextNode.valueOf(value)).isEmpty();
    }
}
