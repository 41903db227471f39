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
// Its schema in the OpenAPI documents is written out by ApiDocument, extension members included.
@Schema(name = ApiDocument.PROBLEM)
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String TYPE_PREFIX = "https://checkout.dev/problems/";

    public final String type;
    public final String title;
    public final int status;
    public final String code;
    public final String detail;
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
