package dev.checkout.fraud.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.checkout.fraud.rules.RiskSignal;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.List;

/** An assessment's reasons as the JSON array stored in {@code fraud_assessment.reasons}. */
@Converter
class ReasonsColumn implements AttributeConverter<List<RiskSignal>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<RiskSignal>> SIGNALS = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<RiskSignal> reasons) {
        try {
            return JSON.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Reasons cannot be written as JSON", e);
        }
    }

    @Override
    public List<RiskSignal> convertToEntityAttribute(String column) {
        try {
            return JSON.readValue(column, SIGNALS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored reasons are not a JSON array of signals", e);
        }
    }
}
