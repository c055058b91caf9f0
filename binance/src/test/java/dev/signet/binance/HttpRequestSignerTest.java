package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.ApiKey;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import java.net.URI;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HttpRequestSignerTest {
    private static HttpRequestSigner http(Set<String> hosts) {
        byte[] secret = new byte[32];
        new Random(3).nextBytes(secret);
        SigningKey key = SigningKey.hmacSha256(InsecureSecretAccess.secretFromBytes(secret));
        RequestSigner signer = RequestSigner.builder()
                .keyedSigner(new KeyedSigner(ApiKey.of("httpSignerTestKey0123456789"), Signers.forKey(key), key.fingerprint())).build();
        return HttpRequestSigner.builder().requestSigner(signer).allowedHosts(hosts).build();
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
    }

    @Test
    void signingOverPlainHttpIsRefusedWithTheReason() {
        HttpRequestSigner http = http(HttpRequestSigner.DEFAULT_HOSTS);

        assertThatThrownBy(() -> http.sign("GET", URI.create("http://api.binance.com/api/v3/account"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use https://");
        assertThat(http.sign("GET", URI.create("https://api.binance.com/api/v3/account"), null).query()).contains("signature=");
    }
}
