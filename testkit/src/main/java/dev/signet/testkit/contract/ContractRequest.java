package dev.signet.testkit.contract;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request as the {@link HttpAdapterContract} asks an adapter's client to send it; the adapter's test turns it
 * into its client's own request type.
 *
 * <pre>{@code ContractRequest.form("POST", uri, "side=BUY&quantity=1")}</pre>
 *
 * @param method the HTTP method
 * @param uri the absolute URI, query encoded as the caller wrote it
 * @param headers extra request headers
 * @param body the body, or null for none
 */
public record ContractRequest(String method, URI uri, Map<String, String> headers, Body body) {
    /** The form media type. */
    public static final String FORM = "application/x-www-form-urlencoded";

    /** Copies the headers. */
    public ContractRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = Map.copyOf(headers);
    }

    /** A GET without a body. */
    public static ContractRequest get(URI uri) {
        return new ContractRequest("GET", uri, Map.of(), null);
    }

    /** A request whose body is {@code form}, typed {@value #FORM}. */
    public static ContractRequest form(String method, URI uri, String form) {
        return new ContractRequest(method, uri, Map.of(), new Body(FORM, form.getBytes(StandardCharsets.UTF_8), false));
    }

    /** This request with one more header. */
    public ContractRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ContractRequest(method, uri, more, body);
    }

    /**
     * A request body.
     *
     * @param contentType the media type, or null to send none
     * @param bytes the content
     * @param streaming whether to send it the way the client streams a body it can produce only once and whose
     *     length it does not know ({@code BodyPublishers.ofInputStream}, a one-shot OkHttp body, a non-repeatable
     *     Apache entity or producer)
     */
    public record Body(String contentType, byte[] bytes, boolean streaming) {
        /** Copies the bytes. */
        public Body {
            bytes = bytes.clone();
        }

        /** The content. */
        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /** The content as UTF-8 text. */
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
