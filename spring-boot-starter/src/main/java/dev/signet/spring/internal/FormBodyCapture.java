package dev.signet.spring.internal;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.SigningRefusedException;
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
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
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
 * Runs a {@link ClientRequest}'s body inserter into memory to read the body Signet must sign, with the content type
 * the inserter gave it: a request to the exchange carries an {@code application/x-www-form-urlencoded} body or none
 * (the signer checks the type). A body written as a stream of unknown length, or over
 * {@link HttpRequestSigner#MAX_FORM_BODY_BYTES}, is refused.
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
     * The request's body as the inserter writes it, {@code ""} when it has none.
     *
     * @return a Mono that fails with {@link SigningRefusedException} for a streamed or oversized body
     */
    public static Mono<Captured> read(ClientRequest request) {
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
        }).onErrorMap(DataBufferLimitException.class, tooLarge -> new SigningRefusedException(request.method() + " "
                + request.url().getRawPath() + " was not signed: its form body is over 1 MiB", tooLarge))
                .then(Mono.fromCallable(capture::captured));
    }

    private Captured captured() throws SigningRefusedException {
        if (body.length > 0 && headers.getContentLength() < 0) {
            throw new SigningRefusedException(request.method() + " " + request.url().getRawPath() + " was not signed: its body "
                    + "was written as a stream of unknown length, which Signet does not read to sign; send the form as a value "
                    + "(bodyValue or BodyInserters.fromFormData)");
        }
        return new Captured(headers.getFirst(HttpHeaders.CONTENT_TYPE), new String(body, StandardCharsets.UTF_8));
    }

    /**
     * A captured body.
     *
     * @param contentType the content type the request or its inserter set, or null
     * @param body the body as text, {@code ""} for none
     */
    public record Captured(String contentType, String body) {}

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
        return DataBufferUtils.join(content, HttpRequestSigner.MAX_FORM_BODY_BYTES + 1).doOnNext(joined -> {
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
