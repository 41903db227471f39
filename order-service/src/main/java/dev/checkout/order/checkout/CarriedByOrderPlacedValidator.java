package dev.checkout.order.checkout;

import com.fasterxml.jackson.databind.JsonNode;
import dev.checkout.messaging.contract.EventContract;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.List;

/** Checks a request's parts against the sub-schemas of {@code order.placed} that will carry them. */
@ApplicationScoped
public class CarriedByOrderPlacedValidator implements ConstraintValidator<CarriedByOrderPlaced, PlaceOrderRequest> {

    private final EventContract contract;

    CarriedByOrderPlacedValidator(EventContract contract) {
        this.contract = contract;
    }

    @Override
    public boolean isValid(PlaceOrderRequest request, ConstraintValidatorContext context) {
        PlaceOrderRequest.Customer customer = request.customer();
        PlaceOrderRequest.ShippingAddress address = request.shippingAddress();
        context.disableDefaultConstraintViolation();
        // Non-short-circuit &: every part reports what is wrong with it.
        return conforms(OrderPlaced.CUSTOMER_SCHEMA, "customer",
                OrderPlaced.customer(customer.id(), customer.email(), customer.name()), context)
                & conforms(OrderPlaced.SHIPPING_ADDRESS_SCHEMA, "shippingAddress",
                OrderPlaced.shippingAddress(address.line1(), address.line2(), address.city(), address.postalCode(),
                        address.country()), context);
    }

    private boolean conforms(String schema, String field, JsonObject part, ConstraintValidatorContext context) {
        List<String> violations = contract.violations(OrderPlaced.TYPE, OrderPlaced.VERSION, schema,
                part.mapTo(JsonNode.class));
        for (String violation : violations) {
            // "$.email: does not match ..." names the offending property of the part; "$: ..." the part itself.
            int colon = violation.indexOf(": ");
            String path = colon < 0 ? "$" : violation.substring(0, colon);
            String message = readable(colon < 0 ? violation : violation.substring(colon + 2));
            ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext node = context
                    .buildConstraintViolationWithTemplate(escape(message)).addPropertyNode(field);
            if (path.startsWith("$.")) {
                node = node.addPropertyNode(path.substring(2));
            }
            node.addConstraintViolation();
        }
        return violations.isEmpty();
    }

    // An enumeration's message lists every value (all 249 countries): the field's own constraint says what is wanted.
    private static String readable(String message) {
        return message.startsWith("does not have a value in the enumeration")
                ? "is not one of the values the order.placed contract allows" : message;
    }

    // The schema's message is text, not a template: braces and dollar signs are taken literally.
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
