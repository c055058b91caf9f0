package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.binance.internal.FormEncoding;
import dev.signet.core.ApiKey;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signer;
import dev.signet.core.Signers;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequestSignerTest {
    private static final long TIMESTAMP = 1499827319559L;
    private static final Clock FIXED = Clock.fixed(Instant.ofEpochMilli(TIMESTAMP), ZoneOffset.UTC);
    private static final JsonNode EXAMPLES = load();
    private static final ApiKey API_KEY = ApiKey.of(EXAMPLES.get("apiKey").asText());

    private static JsonNode load() {
        try (InputStream in = RequestSignerTest.class.getResourceAsStream("/testvectors/exchange/binance_rest_hmac_examples.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The published example secret: deliberately built through the insecure door, as the policy refuses it. */
    private static Signer exampleHmac() {
        return Signers.forKey(SigningKey.hmacSha256(InsecureSecretAccess.secretFromString(EXAMPLES.get("secret").asText())));
    }

    private static RequestSigner signer(Signer signer) {
        return RequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, signer, "test")).clock(FIXED).recvWindowMillis(5000).build();
    }

    @Test
    void publishedQueryOnlyExampleIsReproducedExactly() {
        JsonNode example = EXAMPLES.get("tests").get(0);
        SignedRequest signed = signer(exampleHmac()).sign(BinanceRequest.post("/api/v3/order").param("symbol", "LTCBTC")
                .param("side", "BUY").param("type", "LIMIT").param("timeInForce", "GTC").param("quantity", new BigDecimal("1"))
                .param("price", new BigDecimal("0.1")).build());
        assertThat(signed.query()).isEqualTo(example.get("query").asText() + "&signature=" + example.get("signatureHex").asText());
        assertThat(signed.body()).isEmpty();
        assertThat(signed.apiKey()).isEqualTo(API_KEY.value());
    }

    @Test
    void publishedQueryAndBodyExampleAppendsToTheBody() {
        JsonNode example = EXAMPLES.get("tests").get(1);
        SignedRequest signed = signer(exampleHmac()).sign(BinanceRequest.post("/api/v3/order").param("symbol", "LTCBTC")
                .param("side", "BUY").param("type", "LIMIT").param("timeInForce", "GTC")
                .bodyParam("quantity", 1).bodyParam("price", new BigDecimal("0.1")).build());
        assertThat(signed.query()).isEqualTo(example.get("query").asText());
        assertThat(signed.body()).isEqualTo(example.get("body").asText() + "&signature=" + example.get("signatureHex").asText());
    }

    static Stream<Arguments> everyAlgorithm() throws Exception {
        KeyPair ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPairGenerator rsaGen = KeyPairGenerator.getInstance("RSA");
        rsaGen.initialize(2048);
        KeyPair rsa = rsaGen.generateKeyPair();
        return Stream.of(
                Arguments.of(exampleHmac(), null),
                Arguments.of(new JdkSigner(SigningAlgorithm.ED25519, ed.getPrivate(), 64), ed),
                Arguments.of(new JdkSigner(SigningAlgorithm.RSA_PKCS1_SHA256, rsa.getPrivate(), 256), rsa));
    }

    @ParameterizedTest
    @MethodSource("everyAlgorithm")
    void signedBytesAreExactlyTheSentBytesMinusTheSignature(Signer algorithmSigner, KeyPair pair) throws Exception {
        BinanceRequest[] requests = {
            BinanceRequest.get("/api/v3/account").build(),
            BinanceRequest.get("/api/v3/myTrades").param("symbol", "１２３４").param("note", "代币 a+b/c=d").build(),
            BinanceRequest.post("/api/v3/order").param("symbol", "BTCUSDT").bodyParam("quantity", new BigDecimal("1E-8"))
                    .bodyParam("newClientOrderId", "ünïcödé~._-").build(),
        };
        for (BinanceRequest request : requests) {
            SignedRequest signed = signer(algorithmSigner).sign(request);
            String sent = signed.query() + signed.body();
            int sig = sent.lastIndexOf("&signature=");
            assertThat(sent.substring(0, sig)).isEqualTo(signed.signedPayload());
            assertThat(sent).matches("[A-Za-z0-9\\-._~%&=]*");
            String wireSignature = java.net.URLDecoder.decode(sent.substring(sig + "&signature=".length()), StandardCharsets.UTF_8);
            byte[] payload = signed.signedPayload().getBytes(StandardCharsets.US_ASCII);
            if (pair == null) {
                assertThat(Signers.verifierFor(SigningKey.hmacSha256(InsecureSecretAccess.secretFromString(EXAMPLES.get("secret").asText())))
                        .verify(payload, algorithmSigner.algorithm().decode(wireSignature))).isTrue();
            } else {
                Signature verify = Signature.getInstance(algorithmSigner.algorithm() == SigningAlgorithm.ED25519 ? "Ed25519" : "SHA256withRSA");
                verify.initVerify(pair.getPublic());
                verify.update(payload);
                assertThat(verify.verify(Base64.getDecoder().decode(wireSignature))).isTrue();
            }
        }
    }

    @Test
    void base64SignaturesArePercentEncodedInTheQuery() throws Exception {
        KeyPair rsa = (KeyPair) everyAlgorithm().toList().get(2).get()[1];
        RequestSigner signer = signer(new JdkSigner(SigningAlgorithm.RSA_PKCS1_SHA256, rsa.getPrivate(), 256));
        for (int i = 0; i < 20; i++) {
            String query = signer.sign(BinanceRequest.get("/api/v3/account").param("i", i).build()).query();
            String signature = query.substring(query.indexOf("signature=") + 10);
            assertThat(signature).doesNotContain("+", "/", "=").contains("%");
        }
    }

    @Test
    void nonAsciiValuesArePercentEncodedAsUtf8WithUppercaseHex() {
        SignedRequest signed = signer(exampleHmac()).sign(BinanceRequest.get("/api/v3/ticker").param("symbol", "１２３").param("q", "代 币").build());
        assertThat(signed.query()).startsWith("symbol=%EF%BC%91%EF%BC%92%EF%BC%93&q=%E4%BB%A3%20%E5%B8%81&recvWindow=5000&timestamp=");
    }

    @Test
    void longValuesGrowTheBufferAndStillSignWhatIsSent() {
        String ascii = "a b&c=".repeat(120);
        String mixed = "x".repeat(300) + "é代\uD83D\uDE80".repeat(40);
        SignedRequest signed = signer(exampleHmac()).sign(BinanceRequest.post("/api/v3/order").param("note", ascii)
                .bodyParam("memo", mixed).build());
        java.util.List<java.util.Map.Entry<String, String>> query = FormEncoding.decode(signed.query());
        java.util.List<java.util.Map.Entry<String, String>> body = FormEncoding.decode(signed.body());
        assertThat(query).containsExactly(java.util.Map.entry("note", ascii));
        assertThat(body.get(0)).isEqualTo(java.util.Map.entry("memo", mixed));
        assertThat(signed.body()).endsWith("&signature=" + exampleHmac().signToString(signed.signedPayload()));
    }

    @Test
    void fixedClockGivesTheSameSignatureEveryTime() {
        BinanceRequest request = BinanceRequest.get("/api/v3/openOrders").param("symbol", "BNBBTC").build();
        assertThat(signer(exampleHmac()).sign(request)).isEqualTo(signer(exampleHmac()).sign(request));
        assertThat(signer(exampleHmac()).sign(request).query()).contains("timestamp=" + TIMESTAMP);
    }

    @Test
    void recvWindowIsOnlySentWhenConfiguredAndBounded() {
        RequestSigner plain = RequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, exampleHmac(), "t")).clock(FIXED).build();
        assertThat(plain.sign(BinanceRequest.get("/api/v3/account").build()).query()).startsWith("timestamp=").doesNotContain("recvWindow");
        assertThat(sentWithRecvWindow(new BigDecimal("60000"))).startsWith("recvWindow=60000&timestamp=" + TIMESTAMP + "&signature=");
        assertThat(sentWithRecvWindow(new BigDecimal("1.125"))).startsWith("recvWindow=1.125&timestamp=");
        assertThat(sentWithRecvWindow(new BigDecimal("5E+3"))).startsWith("recvWindow=5000&timestamp=");
        RequestSigner.Builder builder = RequestSigner.builder();
        assertThatThrownBy(() -> builder.recvWindow(new BigDecimal("60000.001"))).hasMessageContaining("60000");
        assertThatThrownBy(() -> builder.recvWindowMillis(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.recvWindow(new BigDecimal("1.0001"))).hasMessageContaining("3 decimals");
    }

    private static String sentWithRecvWindow(BigDecimal window) {
        return RequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, exampleHmac(), "t")).clock(FIXED).recvWindow(window)
                .build().sign(BinanceRequest.get("/api/v3/account").build()).query();
    }

    @Test
    void microsecondTimestampsWhenConfigured() {
        RequestSigner micros = RequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, exampleHmac(), "t")).clock(FIXED)
                .timestampUnit(TimestampUnit.MICROSECONDS).build();
        assertThat(micros.sign(BinanceRequest.get("/api/v3/account").build()).query()).startsWith("timestamp=" + TIMESTAMP + "000&");
    }

    @Test
    void decimalsAreWrittenInPlainNotationAndReservedNamesAreRefused() {
        assertThat(BinanceRequest.get("/x").param("q", new BigDecimal("1E+3")).build().queryParams().get(0).getValue()).isEqualTo("1000");
        assertThat(BinanceRequest.get("/x").param("q", new BigDecimal("1E-8")).build().queryParams().get(0).getValue()).isEqualTo("0.00000001");
        assertThatThrownBy(() -> BinanceRequest.get("/x").param("timestamp", 1).build()).hasMessageContaining("RequestSigner");
        assertThatThrownBy(() -> BinanceRequest.get("/x").param("bad name", "v").build()).hasMessageContaining("bad name");
    }

    @Test
    void guardRefusalSignsNothing() {
        RequestSigner guarded = RequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, exampleHmac(), "t")).clock(FIXED)
                .guard(r -> {
                    throw new dev.signet.binance.guard.PermissionDeniedException("no " + r.path());
                }).build();
        assertThatThrownBy(() -> guarded.sign(BinanceRequest.get("/api/v3/account").build()))
                .isInstanceOf(dev.signet.binance.guard.PermissionDeniedException.class);
    }
}
