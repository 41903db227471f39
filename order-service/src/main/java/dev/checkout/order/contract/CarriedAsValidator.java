package dev.checkout.order.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.checkout.messaging.contract.EventContract;
import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.List;

/**
 * Checks a value, as JSON with its absent (null) members left out as the event leaves them out, against the schema of
 * its part of the {@code order.placed} contract, and names each offending property. Dependent, like
 * {@link CarriedValidator}: each use keeps its own part.
 */
@Dependent
public class CarriedAsValidator implements ConstraintValidator<CarriedAs, Object> {

    private final EventContract contract;
    private final ObjectMapper json;
    private String schema;

    CarriedAsValidator(EventContract contract, ObjectMapper json) {
        this.contract = contract;
        this.json = json;
    }

    @Override
    public void initialize(CarriedAs carried) {
        schema = "/properties/order/properties/" + carried.value();
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        ObjectNode part = json.valueToTree(value);
        part.properties().removeIf(member -> member.getValue().isNull());
        List<String> violations = contract.violations(CarriedValidator.EVENT_TYPE,
                CarriedValidator.SCHEMA_VERSION, schema, part);
        context.disableDefaultConstraintViolation();
        for (String violation : violations) {
            // "$.email: does not match ..." names the offending property; "$: ..." the part itself.
            int colon = violation.indexOf(": ");
            String path = colon < 0 ? "$" : violation.substring(0, colon);
            String message = escape(colon < 0 ? violation : violation.substring(colon + 2));
            if (path.startsWith("$.")) {
                context.buildConstraintViolationWithTemplate(message).addPropertyNode(path.substring(2))
                        .addConstraintViolation();
            } else {
                context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            }
        }
        return violations.isEmpty();
    }

    // The schema's message is text, not a template: braces and dollar signs are taken literally.
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
