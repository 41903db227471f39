package dev.checkout.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem details document. {@code code} is the stable, machine-readable name of the problem; the
 * extension members (e.g. {@code errors}, {@code skus}, {@code orderId}) sit at the top level beside the standard
 * ones and depend on it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "code", "detail", "instance"})
@Schema(name = "Problem", description = "RFC 9457 problem details; further members depend on `code`.")
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String TYPE_PREFIX = "https://checkout.dev/problems/";

    @Schema(examples = TYPE_PREFIX + "out_of_stock")
    public final String type;
    @Schema(examples = "Out of stock")
    public final String title;
    @Schema(examples = "409")
    public final int status;
    @Schema(description = "Stable machine-readable name of the problem.", examples = "out_of_stock")
    public final String code;
    @Schema(examples = "Not enough stock for MUG-001.")
    public final String detail;
    @Schema(description = "The path of the request that met the problem.", examples = "/orders")
    public final String instance;
    private final Map<String, Object> extensions;

    public Problem(int status, String code, String title, String detail, Map<String, Object> extensions) {
        this(status, code, title, detail, null, extensions);
    }

    private Problem(int status, String code, String title, String detail, String instance,
                    Map<String, Object> extensions) {
        this.type = TYPE_PREFIX + code;
        this.title = title;
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.instance = instance;
        this.extensions = new LinkedHashMap<>(extensions);
    }

    /** The same problem, met by the request for {@code path}. */
    public Problem at(String path) {
        return new Problem(status, code, title, detail, path, extensions);
    }

    @JsonAnyGetter
    Map<String, Object> extensions() {
        return extensions;
    }
}
