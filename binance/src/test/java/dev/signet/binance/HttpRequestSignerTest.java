package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.guard.PermissionDeniedException;
import dev.signet.binance.guard.SigningPolicy;
import dev.signet.core.ApiKey;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HttpRequestSignerTest {
    private static final Clock FIXED = Clock.fixed(Instant.ofEpochMilli(1_700_000_000_000L), ZoneOffset.UTC);

    private static RequestSigner.Builder requestSigner() {
        byte[] secret = new byte[32];
        new Random(3).nextBytes(secret);
        SigningKey key = SigningKey.hmacSha256(InsecureSecretAccess.secretFromBytes(secret));
        return RequestSigner.builder().clock(FIXED)
                .keyedSigner(new KeyedSigner(ApiKey.of("httpSignerTestKey0123456789"), Signers.forKey(key), key.fingerprint()));
    }

    private static HttpRequestSigner http(Set<String> hosts) {
        return HttpRequestSigner.builder().requestSigner(requestSigner().build()).allowedHosts(hosts).build();
    }

    @Test
    void onlyHttpsCarriesTheKeyExceptToALoopbackTestDouble() {
        HttpRequestSigner http = http(Set.of("api.binance.com", "127.0.0.1", "localhost", "[::1]"));

        assertThat(http.signs(URI.create("https://api.binance.com/api/v3/account"))).isTrue();
        assertThat(http.signs(URI.create("HTTPS://API.BINANCE.COM/api/v3/account"))).isTrue();
        assertThat(http.signs(URI.create("http://api.binance.com/api/v3/account"))).isFalse();
        assertThat(http.signs(URI.create("ws://api.binance.com/api/v3/account"))).isFalse();
        assertThat(http.signs(URI.create("http://127.0.0.1:8080/api/v3/account"))).isTrue();
        assertThat(http.signs(URI.create("http://localhost:8080/api/v3/account"))).isTrue();
        assertThat(http.signs(URI.create("http://[::1]:8080/api/v3/account"))).isTrue();
        assertThat(http.signs(URI.create("https://evil.example/api/v3/account"))).isFalse();
        assertThat(http.signs(URI.create("/api/v3/account"))).isFalse();
    }

    /** Only ASCII digits make a loopback address: {@code Character.isDigit} also takes other scripts' digits. */
    @Test
    void aLoopbackAddressIsWrittenInAsciiDigits() {
        assertThat(HttpRequestSigner.isLoopback("127.0.0.1")).isTrue();
        assertThat(HttpRequestSigner.isLoopback("127.0.0.\u0661")).isFalse();
        assertThat(HttpRequestSigner.isLoopback("127.\u0660.\u0660.\u0661")).isFalse();
        assertThat(HttpRequestSigner.isLoopback("127.0.0.\uff11")).isFalse();
    }

    @Test
    void theDecisionIsOnTheOriginPortIncluded() {
        HttpRequestSigner http = http(Set.of("api.binance.com", "127.0.0.1:8080", "[::1]:9090"));

        assertThat(http.signs(URI.create("https://api.binance.com:443/api/v3/account"))).isTrue();
        assertThat(http.signs(URI.create("https://api.binance.com:8443/api/v3/account"))).isFalse();
        assertThat(http.signs(URI.create("http://127.0.0.1:8080/api/v3/account"))).isTrue();
        assertThat(http.signs(URI.create("http://127.0.0.1:8081/api/v3/account"))).isFalse();
        assertThat(http.signs(URI.create("http://127.0.0.2:8080/api/v3/account"))).isFalse();
        assertThat(http.signs(URI.create("http://[::1]:9090/api/v3/account"))).isTrue();
        assertThat(http.signs(URI.create("http://[::1]:9091/api/v3/account"))).isFalse();
    }

    @Test
    void malformedAllowedHostsAreRefused() {
        for (String bad : new String[] {"https://api.binance.com", "api.binance.com:0", "api.binance.com:65536", "api binance", "a/b", ""}) {
            assertThatThrownBy(() -> HttpRequestSigner.builder().allowedHosts(Set.of(bad)))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'host' or 'host:port'");
        }
    }

    @Test
    void aSignedCallIsSignedOnEveryAllowedHopAndRefusedOutsideTheAllowList() throws Exception {
        HttpRequestSigner http = http(Set.of("api.binance.com", "api1.binance.com"));
        URI exchange = URI.create("https://api.binance.com/api/v3/account");

        assertThat(http.signs(exchange, exchange)).isTrue();
        assertThat(http.signs(exchange, URI.create("https://api1.binance.com/api/v3/account"))).isTrue();
        for (String elsewhere : new String[] {"https://evil.example/x", "http://api.binance.com/x", "https://api.binance.com:8443/x"}) {
            assertThatThrownBy(() -> http.signs(exchange, URI.create(elsewhere))).as(elsewhere)
                    .isInstanceOf(SigningRefusedException.class).hasMessageContaining("refusing to follow a redirect of a signed request")
                    .hasMessageContaining("nothing was sent there");
        }
    }

    @Test
    void aCallAddressedElsewhereIsNeverSignedEvenWhenRedirectedToTheExchange() throws Exception {
        HttpRequestSigner http = http(HttpRequestSigner.DEFAULT_HOSTS);
        URI feed = URI.create("https://prices.example/ticker");

        assertThat(http.signs(feed, feed)).isFalse();
        assertThat(http.signs(feed, URI.create("https://api.binance.com/api/v3/order?side=SELL"))).isFalse();
    }

    @Test
    void anExchangeHostOverPlainHttpIsRefusedWithTheReason() {
        HttpRequestSigner http = http(HttpRequestSigner.DEFAULT_HOSTS);
        URI plain = URI.create("http://api.binance.com/api/v3/account");

        assertThatThrownBy(() -> http.signs(plain, plain)).isInstanceOf(SigningRefusedException.class).hasMessageContaining("use https://");
        assertThatThrownBy(() -> http.sign("GET", plain, null, null)).isInstanceOf(SigningRefusedException.class)
                .hasMessageContaining("not an allowed exchange origin");
    }

    @Test
    void aRequestPassingUnsignedIsLoggedOncePerHost() throws Exception {
        HttpRequestSigner http = http(Set.of("api.binance.com"));
        URI first = URI.create("https://unsigned-once.example/a");

        http.signs(first, first);
        http.signs(URI.create("https://unsigned-once.example:8443/b"), URI.create("https://unsigned-once.example:8443/b"));
        http.signs(URI.create("https://unsigned-twice.example/c"), URI.create("https://unsigned-twice.example/c"));

        assertThat(CapturedLogs.lines()).filteredOn(line -> line.contains("unsigned-once.example")).singleElement().asString()
                .startsWith("DEBUG dev.signet.binance.HttpRequestSigner: requests to unsigned-once.example are sent unsigned")
                .contains("allowed: [api.binance.com]", "exchange.signerFor(");
        assertThat(CapturedLogs.lines()).filteredOn(line -> line.contains("unsigned-twice.example")).hasSize(1);
    }

    @Test
    void signingDropsStaleParametersAndReadsAFormWithoutAContentType() throws Exception {
        HttpRequestSigner http = http(HttpRequestSigner.DEFAULT_HOSTS);
        SignedRequest signed = http.sign("POST", URI.create("https://api.binance.com/api/v3/order?symbol=LTCBTC&timestamp=1"), null,
                "side=BUY&signature=stale&recvWindow=9");

        assertThat(signed.query()).isEqualTo("symbol=LTCBTC");
        assertThat(signed.body()).startsWith("side=BUY&timestamp=" + FIXED.millis() + "&signature=").doesNotContain("stale", "recvWindow");
    }

    @Test
    void bodiesThatAreNotFormsAreRefusedNamingTheType() {
        HttpRequestSigner http = http(HttpRequestSigner.DEFAULT_HOSTS);
        URI order = URI.create("https://api.binance.com/api/v3/order");

        assertThatThrownBy(() -> http.sign("POST", order, "application/json", "{\"side\":\"BUY\"}")).isInstanceOf(SigningRefusedException.class)
                .hasMessageContaining("must be application/x-www-form-urlencoded, not 'application/json'");
        assertThatThrownBy(() -> http.sign("POST", order, "text/plain\u0001", "side=BUY")).isInstanceOf(SigningRefusedException.class)
                .hasMessageContaining("'text/plain\\u0001'");
        assertThatThrownBy(() -> http.sign("POST", order, null, "a=" + "b".repeat(HttpRequestSigner.MAX_FORM_BODY_BYTES)))
                .isInstanceOf(SigningRefusedException.class).hasMessageContaining("over 1 MiB");
    }

    @Test
    void aGuardRefusalBecomesASigningRefusalThatKeepsItsCause() {
        HttpRequestSigner http = HttpRequestSigner.builder().requestSigner(requestSigner().guard(SigningPolicy.defaults()).build()).build();

        assertThatThrownBy(() -> http.sign("POST", URI.create("https://api.binance.com/sapi/v1/capital/withdraw/apply?coin=BTC"), null, null))
                .isInstanceOf(SigningRefusedException.class).hasCauseInstanceOf(PermissionDeniedException.class)
                .hasMessageStartingWith("POST /sapi/v1/capital/withdraw/apply was not signed: signing policy refuses");
    }

    @Test
    void aTimestampRejectionNamesTheMeasuredOffsetAndWhyItWasNotRepeated() throws Exception {
        HttpRequestSigner http = http(HttpRequestSigner.DEFAULT_HOSTS);
        http.serverTimeOffset().record(FIXED.millis() + 8_000, FIXED.millis(), FIXED.millis());
        SignedRequest order = http.sign("POST", URI.create("https://api.binance.com/api/v3/order"), null, "side=BUY");

        TimestampRejectedException notRepeated = http.timestampRejected(order, false, null);
        assertThat(notRepeated.offsetMillis()).isEqualTo(8_000);
        assertThat(notRepeated).hasMessageContaining("POST /api/v3/order (-1021", "clock is 8000 ms ahead of this machine's",
                "not repeated", "newClientOrderId");
        assertThat(http.timestampRejected(order, true, null)).hasMessageContaining("repeated once with a corrected timestamp and rejected again");
        assertThat(http.timestampRejected(order, false, new java.io.IOException("connection refused")))
                .hasMessageContaining("could not be measured (connection refused)").hasCauseInstanceOf(java.io.IOException.class);
    }

    @Test
    void aFormBodyOfExactly1MiBIsSignedAndOneByteMoreIsRefused() throws Exception {
        HttpRequestSigner http = http(Set.of("api.binance.com"));
        URI account = URI.create("https://api.binance.com/api/v3/account");
        String atLimit = "a=" + "x".repeat(HttpRequestSigner.MAX_FORM_BODY_BYTES - 2);
        assertThat(http.sign("GET", account, "application/x-www-form-urlencoded", atLimit).body()).startsWith(atLimit);
        assertThatThrownBy(() -> http.sign("GET", account, "application/x-www-form-urlencoded", atLimit + "x"))
                .isInstanceOf(SigningRefusedException.class).hasMessageContaining("over 1 MiB");
    }

    @Test
    void aFormTypeWithParametersOrInAnyCaseIsAForm() throws Exception {
        HttpRequestSigner http = http(Set.of("api.binance.com"));
        URI account = URI.create("https://api.binance.com/api/v3/account");
        for (String form : new String[] {"application/x-www-form-urlencoded; charset=UTF-8", " Application/X-WWW-Form-Urlencoded "}) {
            assertThat(http.sign("GET", account, form, "a=1").body()).as(form).startsWith("a=1&");
        }
    }

    @Test
    void aRefusedContentTypeIsQuotedWithControlCharactersEscapedAndCutAt100() {
        HttpRequestSigner http = http(Set.of("api.binance.com"));
        URI account = URI.create("https://api.binance.com/api/v3/account");
        assertThatThrownBy(() -> http.sign("GET", account, "text/plain; a=b c\u001f", "a=1"))
                .hasMessageContaining("not 'text/plain; a=b c\\u001f'");
        assertThatThrownBy(() -> http.sign("GET", account, "t".repeat(100) + "u", "a=1"))
                .hasMessageContaining("not '" + "t".repeat(100) + "'");
    }

    @Test
    void aUriWithoutAHostIsRefused() {
        assertThatThrownBy(() -> http(Set.of("api.binance.com")).sign("GET", URI.create("/api/v3/account"), null, null))
                .isInstanceOf(SigningRefusedException.class).hasMessageContaining("a URI without a host");
    }
}
