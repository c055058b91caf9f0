package dev.signet.spring.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeStrategies;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs a {@link ClientRequest}'s body inserter into memory to read the form body Signet must sign: a request to the
 * exchange carries an {@code application/x-www-form-urlencoded} body or none. Any other body is refused.
 */
public final class FormBodyCapture implements ClientHttpRequest {
    private static final ExchangeStrategies STRATEGIES = ExchangeStrategies.withDefaults();

    private final ClientRequest request;
    private final HttpHeaders headers = new HttpHeaders();
    private final MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
    private final Map<String, Object> attributes = new HashMap<>();
    private byte[] body = new byte[0];

    private FormBodyCapture(ClientRequest request) {
        this.request = request;
        request.headers().forEach(headers::addAll);
    }

    /**
     * The request's form body as sent, {@code ""} when it has none.
     *
     * @return a Mono that fails with {@link IllegalArgumentException} when the body is not a form
     */
    public static Mono<String> read(ClientRequest request) {
        FormBodyCapture capture = new FormBodyCapture(request);
        return request.body().insert(capture, new BodyInserter.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return STRATEGIES.messageWriters();
            }

            @Override
            public Optional<ServerHttpRequest> serverRequest() {
                return Optional.empty();
            }

            @Override
            public Map<String, Object> hints() {
                return Map.of();
            }
        }).then(Mono.fromCallable(capture::form));
    }

    private String form() {
        if (body.length == 0) {
            return "";
        }
        MediaType type = headers.getContentType();
        if (type == null || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
            throw new IllegalArgumentException("exchange request bodies must be application/x-www-form-urlencoded, not " + type);
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public HttpMethod getMethod() {
        return request.method();
    }

    @Override
    public URI getURI() {
        return request.url();
    }

    @Override
    public MultiValueMap<String, HttpCookie> getCookies() {
        return cookies;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return attributes;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getNativeRequest() {
        return (T) this;
    }

    @Override
    public HttpHeaders getHeaders() {
        return headers;
    }

    @Override
    public DataBufferFactory bufferFactory() {
        return DefaultDataBufferFactory.sharedInstance;
    }

    @Override
    public void beforeCommit(Supplier<? extends Mono<Void>> action) {
        // nothing is sent from here: there is no commit to act before
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public Mono<Void> writeWith(Publisher<? extends DataBuffer> content) {
        return DataBufferUtils.join(content).doOnNext(joined -> {
            try {
                byte[] bytes = new byte[joined.readableByteCount()];
                joined.read(bytes);
                body = bytes;
            } finally {
                DataBufferUtils.release(joined);
            }
        }).then();
    }

    @Override
    public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> content) {
        return writeWith(Flux.from(content).flatMap(Flux::from));
    }

    @Override
    public Mono<Void> setComplete() {
        return Mono.empty();
    }
}
