package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.guard.PermissionDeniedException;
import dev.signet.binance.guard.RequestGuard;
import dev.signet.binance.guard.SigningPolicy;
import dev.signet.binance.guard.TradingLimitExceededException;
import dev.signet.binance.guard.TradingLimits;
import dev.signet.core.ApiKey;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signer;
import dev.signet.core.Signers;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RequestWriterTest {
    private static final Clock FIXED = Clock.fixed(Instant.ofEpochMilli(1499827319559L), ZoneOffset.UTC);
    private static final ApiKey API_KEY = ApiKey.of("testKeyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789");
    private static final String NAME_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    private static final String VALUE_CHARS = "AZaz09-._~ !\"#$%&'()*+,/:;<=>?@[\\]^`{|}\u00e9\u00ff\u0100\u07ff\u0800\u4ee3\uffe5\ud7ff\ue000";

    /** A fresh random 64-byte HMAC key. */
    private static Signer hmac() {
        byte[] key = new byte[64];
        new java.security.SecureRandom().nextBytes(key);
        return Signers.forKey(SigningKey.hmacSha256(InsecureSecretAccess.secretFromBytes(key)));
    }

    private static RequestSigner.Builder signer(Signer signer) {
        return RequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, signer, "test")).clock(FIXED);
    }

    private static BinanceRequest order() {
        return BinanceRequest.post("/api/v3/order").param("symbol", "LTCBTC").param("side", "BUY").param("type", "LIMIT")
                .param("timeInForce", "GTC").param("quantity", "1").param("price", "0.1").build();
    }

    @Test
    void writesTheSameBytesAsTheRequestSignerForRandomRequests() throws Exception {
        Random random = new Random(25);
        Signer[] signers = {hmac(), new JdkSigner(SigningAlgorithm.ED25519, KeyPairGenerator.getInstance("Ed25519").generateKeyPair()
                .getPrivate(), 64), rsa()};
        for (int round = 0; round < 600; round++) {
            RequestSigner.Builder builder = signer(signers[round % signers.length]);
            if (random.nextBoolean()) {
                builder.recvWindow(BigDecimal.valueOf(1 + random.nextInt(60_000_000), random.nextInt(4)).min(BigDecimal.valueOf(60_000)));
            }
            if (random.nextInt(4) == 0) {
                builder.timestampUnit(TimestampUnit.MICROSECONDS);
            }
            RequestSigner signer = builder.guard(dev.signet.binance.guard.RequestGuard.unguarded()).build();
            String[] names = distinctNames(random, random.nextInt(9));
            int queryCount = random.nextInt(names.length + 1);
            String[] values = randomValues(random, names.length);
            RequestWriter writer = signer.writer(request(names, queryCount, values));
            for (int order = 0; order < 3; order++) {
                List<Integer> changed = new ArrayList<>();
                for (int i = 0; i < names.length; i++) {
                    if (order == 0 || random.nextBoolean()) { // some values change, in any order; the rest keep theirs
                        changed.add(i);
                    }
                }
                Collections.shuffle(changed, random);
                for (int i : changed) {
                    values[i] = setRandom(random, writer, names[i]);
                }
                SignedRequest expected = signer.sign(request(names, queryCount, values));
                SignedRequest written = writer.sign().toSignedRequest();
                assertThat(written).isEqualTo(expected);
                byte[] sent = (expected.query() + expected.body()).getBytes(StandardCharsets.US_ASCII);
                assertThat(Arrays.copyOf(writer.bytes(), writer.queryLength() + writer.bodyLength())).isEqualTo(sent);
                assertThat(writer.queryLength()).isEqualTo(expected.query().length());
            }
        }
    }

    private static Signer rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return new JdkSigner(SigningAlgorithm.RSA_PKCS1_SHA256, generator.generateKeyPair().getPrivate(), 256);
    }

    private static String[] distinctNames(Random random, int count) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        while (names.size() < count) {
            StringBuilder name = new StringBuilder();
            for (int j = 1 + random.nextInt(12); j > 0; j--) {
                name.append(NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length())));
            }
            if (!java.util.Set.of("signature", "timestamp", "recvWindow").contains(name.toString())) {
                names.add(name.toString());
            }
        }
        return names.toArray(new String[0]);
    }

    private static String[] randomValues(Random random, int count) {
        String[] values = new String[count];
        for (int i = 0; i < count; i++) {
            values[i] = randomText(random);
        }
        return values;
    }

    /** Text with reserved ASCII, control characters, two- and three-byte UTF-8 and supplementary characters. */
    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int j = random.nextInt(40); j > 0; j--) {
            int kind = random.nextInt(20);
            if (kind == 0) {
                text.appendCodePoint(0x10000 + random.nextInt(0xFFFFF));
            } else if (kind == 1) {
                text.append((char) (0x80 + random.nextInt(0xD800 - 0x80)));
            } else if (kind == 2) {
                text.append((char) random.nextInt(0x80));
            } else {
                text.append(VALUE_CHARS.charAt(random.nextInt(VALUE_CHARS.length())));
            }
        }
        return text.toString();
    }

    /** Sets {@code name} through one of the setters; returns the raw value the RequestSigner is given for it. */
    private static String setRandom(Random random, RequestWriter writer, String name) {
        switch (random.nextInt(4)) {
            case 0: {
                long value = random.nextInt(3) == 0 ? random.nextLong() : random.nextInt(1_000_000) - 1000;
                writer.set(name, value);
                return Long.toString(value);
            }
            case 1: {
                long unscaled = random.nextInt(5) == 0 ? (random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE) : random.nextLong() % 100_000_000;
                int scale = random.nextInt(31);
                writer.set(name, unscaled, scale);
                return BigDecimal.valueOf(unscaled, scale).toPlainString();
            }
            case 2: {
                StringBuilder reused = new StringBuilder(randomText(random));
                writer.set(name, reused);
                return reused.toString();
            }
            default: {
                String text = randomText(random);
                writer.set(name, text);
                return text;
            }
        }
    }

    private static BinanceRequest request(String[] names, int queryCount, String[] values) {
        BinanceRequest.Builder request = BinanceRequest.post("/api/v3/order");
        for (int i = 0; i < names.length; i++) {
            if (i < queryCount) {
                request.param(names[i], values[i]);
            } else {
                request.bodyParam(names[i], values[i]);
            }
        }
        return request.build();
    }

    @Test
    void aSignedOrderAllocatesNothingOnceWarm() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        RequestSigner signer = RequestSigner.builder().keyedSigner(new KeyedSigner(API_KEY, hmac(), "test")).recvWindowMillis(5000).build();
        RequestWriter writer = signer.writer(order());
        StringBuilder symbol = new StringBuilder();
        long sum = signOrders(writer, symbol, 200_000);
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        sum += signOrders(writer, symbol, 100_000);
        long perOrder = (threads.getThreadAllocatedBytes(thread) - before) / 100_000;
        assertThat(perOrder).as("bytes allocated per signed order").isZero();
        assertThat(sum).isPositive();
    }

    /** Signs orders with changing prices, quantities and a symbol given as reused text, non-ASCII every fourth. */
    private static long signOrders(RequestWriter writer, StringBuilder symbol, int count) {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            symbol.setLength(0);
            symbol.append((i & 3) == 0 ? "币安人生USDT" : "LTCBTC");
            writer.set("symbol", symbol).set("price", 1000 + i % 977, 4).set("quantity", 1 + i % 13).sign();
            sum += writer.bytes()[writer.queryLength() - 1] + writer.queryLength();
        }
        return sum;
    }

    @Test
    void theDefaultGuardRefusesWhatTheRequestSignerRefuses() {
        RequestSigner signer = signer(hmac()).build();
        BinanceRequest withdraw = BinanceRequest.post("/sapi/v1/capital/withdraw/apply").param("coin", "BTC").param("amount", "1").build();
        BinanceRequest apiKey = BinanceRequest.get("/api/v3/account").param("apiKey", "x").build();
        for (BinanceRequest refused : new BinanceRequest[] {withdraw, apiKey}) {
            RequestWriter writer = signer.writer(refused);
            Throwable fromWriter = org.assertj.core.api.Assertions.catchThrowable(writer::sign);
            Throwable fromSigner = org.assertj.core.api.Assertions.catchThrowable(() -> signer.sign(refused));
            assertThat(fromWriter).isInstanceOf(PermissionDeniedException.class).hasMessage(fromSigner.getMessage());
            assertThatThrownBy(writer::bytes).isInstanceOf(IllegalStateException.class).hasMessageContaining("nothing signed");
            assertThatThrownBy(writer::sign).as("refused again").isInstanceOf(PermissionDeniedException.class);
        }
    }

    @Test
    void aGuardThatIsNotALimitFreePolicySeesEveryOrder() {
        List<String> prices = new ArrayList<>();
        RequestGuard recording = request -> prices.add(request.queryParams().stream().filter(p -> p.getKey().equals("price"))
                .map(Map.Entry::getValue).findFirst().orElseThrow());
        RequestWriter writer = signer(hmac()).guard(recording).build().writer(order());
        for (int price = 1; price <= 3; price++) {
            writer.set("price", price, 1).sign();
        }
        assertThat(prices).containsExactly("0.1", "0.2", "0.3");
    }

    @Test
    void tradingLimitsReadTheWritersCurrentValues() {
        TradingLimits limits = TradingLimits.builder().maxNotionalPerOrder(new BigDecimal("50")).build();
        RequestSigner signer = signer(hmac()).guard(SigningPolicy.builder().tradingLimits(limits).build()).build();
        RequestWriter writer = signer.writer(order());
        assertThat(writer.set("price", 400, 1).set("quantity", 1).sign().query()).contains("price=40.0&");
        writer.set("price", 600, 1);
        Throwable fromWriter = org.assertj.core.api.Assertions.catchThrowable(writer::sign);
        Throwable fromSigner = org.assertj.core.api.Assertions.catchThrowable(() -> signer.sign(writer.request()));
        assertThat(fromWriter).isInstanceOf(TradingLimitExceededException.class).hasMessage(fromSigner.getMessage());
        assertThatThrownBy(writer::queryLength).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aClosedSignerRefusesAndLeavesNothingToRead() {
        Signer key = hmac();
        RequestWriter writer = signer(key).build().writer(order());
        writer.sign();
        key.close();
        assertThatThrownBy(writer::sign).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(writer::bytes).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void settingAValueInvalidatesTheLastSignedBytes() {
        RequestWriter writer = signer(hmac()).build().writer(order());
        writer.sign();
        writer.set("price", "0.2");
        assertThatThrownBy(writer::toSignedRequest).isInstanceOf(IllegalStateException.class).hasMessageContaining("call sign()");
    }

    @Test
    void anotherThreadIsRefused() {
        RequestWriter writer = signer(hmac()).build().writer(order());
        writer.sign();
        for (Runnable call : new Runnable[] {writer::sign, writer::request, writer::bytes, () -> writer.set("price", 1)}) {
            Throwable other = CompletableFuture.supplyAsync(() -> org.assertj.core.api.Assertions.catchThrowable(call::run)).join();
            assertThat(other).isInstanceOf(IllegalStateException.class).hasMessageContaining("create one per thread");
        }
    }

    @Test
    void aLoneSurrogateIsRefusedByTheWriterAndTheSignerAlike() {
        RequestSigner signer = signer(hmac()).build();
        BinanceRequest malformed = BinanceRequest.post("/api/v3/order").param("symbol", "LTCBTC").param("side", "BUY")
                .param("type", "MARKET").param("quantity", "1").param("newClientOrderId", "order\uD800").build();
        assertThatThrownBy(() -> signer.sign(malformed)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surrogate");
        assertThatThrownBy(() -> signer.writer(malformed)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surrogate");
        RequestWriter writer = signer.writer(order());
        assertThatThrownBy(() -> writer.set("price", "0.\uDC001")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surrogate");
        assertThat(writer.sign().query()).contains("&price=0.1&");
    }

    @Test
    void refusesNamesTheRequestDoesNotHaveAndNamesThatAppearTwice() {
        RequestSigner signer = signer(hmac()).build();
        RequestWriter writer = signer.writer(order());
        assertThatThrownBy(() -> writer.set("stopPrice", "1")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'stopPrice'");
        assertThatThrownBy(() -> writer.set("price", 1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.set("price", (CharSequence) null)).isInstanceOf(NullPointerException.class);
        BinanceRequest twice = BinanceRequest.get("/api/v3/allOrders").param("symbol", "A").bodyParam("symbol", "B").build();
        assertThatThrownBy(() -> signer.writer(twice)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }
}
