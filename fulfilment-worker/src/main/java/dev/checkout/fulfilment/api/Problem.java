package dev.checkout.fulfilment.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem details document. {@code code} is the stable, machine-readable name of the problem; the
 * extension members (e.g. {@code errors}, {@code orderId}) depend on it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "code", "detail"})
@Schema(name = "Problem", description = "RFC 9457 problem details; further members depend on `code`.")
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String TYPE_PREFIX = "https://checkout.dev/problems/";

    @Schema(examples = TYPE_PREFIX + "shipment_not_found")
    public final String type;
    @Schema(examples = "Shipment not found")
    public final String title;
    @Schema(examples = "404")
    public final int status;
    @Schema(description = "Stable machine-readable name of the problem.", examples = "shipment_not_found")
    public final String code;
    @Schema(examples = "No shipment 1f0e2d3c-4b5a-4697-8877-665544332211.")
    public final String detail;
    private final Map<String, Object> extensions;

    public Problem(int status, String code, String title, String detail, Map<String, Object> extensions) {
        this.type = TYPE_PREFIX + code;
        this.title = title;
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.extensions = new LinkedHashMap<>(extensions);
    }

    @JsonAnyGetter
    Map<String, Object> extensions() {
        return extensions;
    }
}
