package dev.signet.spring;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.ServerTimeOffset;
import dev.signet.binance.SignedRequest;
import dev.signet.binance.SigningRefusedException;
import dev.signet.spring.internal.Hops;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.support.HttpRequestWrapper;

/**
 * Signs {@code RestClient} and {@code RestTemplate} requests to exchange origins, each send afresh (a repeated request
 * gets a new timestamp); requests to any other origin pass unchanged, minus a stray API-key header. For a request that
 * starts at an exchange origin it follows redirects itself: hops to allowed origins are signed afresh, a hop to any
 * other origin is refused before anything is sent there — so the HTTP client underneath must not follow redirects for
 * exchange hosts. Spring Boot's auto-configuration arranges that; a hand-built client needs a request factory that
 * does not follow redirects (the JDK client's default). When the exchange answers -1021 (timestamp outside
 * recvWindow) it measures the server time once through the same client (never following a redirect of that request)
 * and repeats a request that is safe to repeat once; otherwise a {@link dev.signet.binance.TimestampRejectedException}
 * names the measured offset. Refusals are {@link SigningRefusedException}s; {@code RestClient} and
 * {@code RestTemplate} report both as a {@code ResourceAccessException} whose cause they are.
 *
 * <p>Spring buffers a request body before any interceptor runs, so a streamed form body reaches this interceptor
 * whole, is signed and is sent as signed.
 *
 * <pre>{@code RestClient client = RestClient.builder().requestInterceptor(SigningClientHttpRequestInterceptor.create(httpRequestSigner)).build();}</pre>
 */
public final class SigningClientHttpRequestInterceptor implements ClientHttpRequestInterceptor {
    private static final int MAX_ANSWER_BYTES = 64 * 1024;
    private final HttpRequestSigner signer;

    private SigningClientHttpRequestInterceptor(HttpRequestSigner signer) {
        this.signer = signer;
    }

    /** An interceptor signing with {@code signer} (its allowed hosts decide which requests are signed). */
    public static SigningClientHttpRequestInterceptor create(HttpRequestSigner signer) {
        return new SigningClientHttpRequestInterceptor(Objects.requireNonNull(signer, "signer"));
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) throws IOException {
        URI first = request.getURI();
        if (!signer.signs(first, first)) {
            return execution.execute(new Hop(request, request.getMethod(), first, Hops.copyWithout(request.getHeaders())), body);
        }
        return attempt(request, body, execution, false);
    }

    /** Sends the call, following its redirects; recovers once from -1021 unless {@code repeated}. */
    private ClientHttpResponse attempt(HttpRequest request, byte[] body, ClientHttpRequestExecution execution, boolean repeated)
            throws IOException {
        URI first = request.getURI();
        HttpMethod method = request.getMethod();
        URI uri = first;
        byte[] sent = body;
        for (int redirects = 0; ; redirects++) {
            signer.signs(first, uri); // refuses a hop outside the allow-list before anything is sent there
            SignedRequest signed = signer.sign(method.name(), uri, request.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE),
                    sent.length == 0 ? null : new String(sent, StandardCharsets.UTF_8));
            ClientHttpResponse response = execution.execute(signedHop(request, method, uri, signed), signedBody(signed));
            int status = response.getStatusCode().value();
            if (status == 400) {
                return recoverIfRejected(request, body, execution, repeated, signed, uri, response);
            }
            URI location = response.getHeaders().getLocation();
            if (!Hops.isRedirect(status) || location == null || redirects == Hops.MAX_REDIRECTS) {
                return response;
            }
            response.close();
            uri = uri.resolve(location);
            method = HttpMethod.valueOf(Hops.methodAfter(status, method.name()));
            sent = Hops.keepsBody(status) ? sent : new byte[0];
        }
    }

    private ClientHttpResponse recoverIfRejected(HttpRequest request, byte[] body, ClientHttpRequestExecution execution,
            boolean repeated, SignedRequest signed, URI rejectedAt, ClientHttpResponse response) throws IOException {
        Peeked answer = new Peeked(response);
        if (!ServerTimeOffset.isTimestampRejection(400, answer.head())) {
            return answer;
        }
        answer.close();
        if (repeated) {
            throw signer.timestampRejected(signed, true, null);
        }
        measureServerTime(request, rejectedAt, signed, execution);
        if (!signed.safeToRepeat()) {
            throw signer.timestampRejected(signed, false, null);
        }
        return attempt(request, body, execution, true);
    }

    /** One unsigned GET of the time endpoint, at most once per interval; a redirect answer is a failed measurement. */
    private void measureServerTime(HttpRequest request, URI rejectedAt, SignedRequest signed, ClientHttpRequestExecution execution)
            throws IOException {
        ServerTimeOffset time = signer.serverTimeOffset();
        if (!time.claimRefresh()) {
            return;
        }
        URI endpoint = ServerTimeOffset.timeEndpoint(rejectedAt);
        long before = time.localMillis();
        try (ClientHttpResponse answer = execution.execute(new Hop(request, HttpMethod.GET, endpoint, new HttpHeaders()), new byte[0])) {
            long after = time.localMillis();
            int status = answer.getStatusCode().value();
            if (status != 200) {
                throw new IOException("the time endpoint answered HTTP " + status);
            }
            time.record(new String(answer.getBody().readNBytes(MAX_ANSWER_BYTES), StandardCharsets.UTF_8), before, after);
        } catch (IOException e) {
            throw signer.timestampRejected(signed, false, e);
        }
    }

    private static HttpRequest signedHop(HttpRequest original, HttpMethod method, URI uri, SignedRequest signed) {
        HttpHeaders headers = Hops.copyWithout(original.getHeaders(), HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH);
        headers.set(SignedRequest.API_KEY_HEADER, signed.apiKey());
        if (signed.hasBody()) {
            headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            headers.setContentLength(signedBody(signed).length);
        }
        URI target = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + signed.pathWithQuery());
        return new Hop(original, method, target, headers);
    }

    private static byte[] signedBody(SignedRequest signed) {
        return signed.body().getBytes(StandardCharsets.US_ASCII);
    }

    /** One hop of the request: its method, URI and headers replaced. */
    private static final class Hop extends HttpRequestWrapper {
        private final HttpMethod method;
        private final URI uri;
        private final HttpHeaders headers;

        Hop(HttpRequest original, HttpMethod method, URI uri, HttpHeaders headers) {
            super(original);
            this.method = method;
            this.uri = uri;
            this.headers = headers;
        }

        @Override
        public HttpMethod getMethod() {
            return method;
        }

        @Override
        public URI getURI() {
            return uri;
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }
    }

    /** A response whose first bytes were read to look for -1021; its body still reads from the start. */
    private static final class Peeked implements ClientHttpResponse {
        private final ClientHttpResponse response;
        private final byte[] head;
        private final InputStream body;

        Peeked(ClientHttpResponse response) throws IOException {
            this.response = response;
            InputStream rest = response.getBody();
            this.head = rest.readNBytes(MAX_ANSWER_BYTES);
            this.body = new SequenceInputStream(new ByteArrayInputStream(head), rest);
        }

        String head() {
            return new String(head, StandardCharsets.UTF_8);
        }

        @Override
        public HttpStatusCode getStatusCode() throws IOException {
            return response.getStatusCode();
        }

        @Override
        public String getStatusText() throws IOException {
            return response.getStatusText();
        }

        @Override
        public HttpHeaders getHeaders() {
            return response.getHeaders();
        }

        @Override
        public InputStream getBody() {
            return body;
        }

        @Override
        public void close() {
            response.close();
        }
    }
}
