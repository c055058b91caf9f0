package dev.signet.limits.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.BinanceRequest;
import dev.signet.binance.guard.LimitStoreException;
import dev.signet.binance.guard.Reservation;
import dev.signet.binance.guard.SigningPolicy;
import dev.signet.binance.guard.TradingLimits;
import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.Secret;
import dev.signet.credentials.Environment;
import dev.signet.testing.Tools;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that speaks only TLS (certificates made by openssl for this run) and knows one ACL user with the
 * least privilege the store needs; its password is in the server's configuration only as a SHA-256.
 */
class RedisSecurityTest {
    /** What the store runs: its script and, inside it, these commands, on its own keys. The README recommends this ACL. */
    static final List<String> LEAST_PRIVILEGE = List.of("bot", "on", "~signet:limits:*", "-@all", "+evalsha", "+eval", "+script|load",
            "+get", "+set", "+exists", "+incrby", "+expire", "+hget", "+hset", "+hdel");
    private static final Reservation ONE = Reservation.of(LocalDate.of(2026, 11, 24), 1, 10, null, Map.of());

    @TempDir
    static Path dir;
    private static RedisServer server;
    private static String password;
    private static Path passwordFile;
    private static Path ca;

    @BeforeAll
    static void startTlsServerWithAnAclUser() throws Exception {
        Tools.require("openssl");
        ca = dir.resolve("ca.crt");
        Path ext = Files.writeString(dir.resolve("ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        Tools.run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                dir.resolve("ca.key").toString(), "-out", ca.toString(), "-subj", "/CN=signet-test-ca", "-days", "2");
        Tools.run("openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                dir.resolve("server.key").toString(), "-out", dir.resolve("server.csr").toString(), "-subj", "/CN=localhost");
        Tools.run("openssl", "x509", "-req", "-in", dir.resolve("server.csr").toString(), "-CA", ca.toString(), "-CAkey",
                dir.resolve("ca.key").toString(), "-CAcreateserial", "-out", dir.resolve("server.crt").toString(), "-days", "2",
                "-extfile", ext.toString());
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        password = HexFormat.of().formatHex(random);
        passwordFile = Files.writeString(dir.resolve("redis-password"), password + "\n");
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        String hash = "#" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));

        List<String> options = new ArrayList<>(List.of("--port", "0", "--tls-port", "PORT", "--tls-cert-file",
                dir.resolve("server.crt").toString(), "--tls-key-file", dir.resolve("server.key").toString(), "--tls-ca-cert-file",
                ca.toString(), "--tls-auth-clients", "no", "--save", "", "--appendonly", "no", "--user", "default", "off", "--user"));
        options.addAll(LEAST_PRIVILEGE);
        options.add(hash);
        server = RedisServer.start(dir.resolve("redis"), options);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static RedisLimitStore.Builder bot() {
        return RedisLimitStore.builder().host("127.0.0.1").port(server.port()).tls(ca).user("bot").namespace("secure");
    }

    @Test
    void aBotConnectsOverTlsAsItsAclUserWithThePasswordFromAFile() {
        try (RedisLimitStore store = bot().passwordFile(passwordFile).build()) {
            store.reserve(ONE);
            assertThat(store.ordersOn(ONE.day())).isPositive();
        }
    }

    @Test
    void theReadmeFleetSetupCountsOrdersOnTheServer() {
        TradingLimits limits = FleetLimits.fleetLimits("localhost", server.port(), ca, passwordFile);

        SigningPolicy.builder().tradingLimits(limits).build().check(BinanceRequest.post("/api/v3/order").param("symbol", "BTCUSDT")
                .param("side", "BUY").param("type", "LIMIT").param("quantity", "1").param("price", "100").build());
        assertThat(limits.ordersToday()).isEqualTo(1);
    }

    @Test
    void thePasswordMayComeFromAVariableOrASecret() {
        try (RedisLimitStore fromVariable = bot().passwordVariable("REDIS_PASSWORD")
                .environment(Environment.of(Map.of("REDIS_PASSWORD", password), Map.of())).build();
                Secret secret = InsecureSecretAccess.secretFromString(password);
                RedisLimitStore fromSecret = bot().password(secret).build()) {
            fromVariable.reserve(ONE);
            fromSecret.reserve(ONE);
            assertThat(fromSecret.ordersOn(ONE.day())).isEqualTo(fromVariable.ordersOn(ONE.day()));
        }
    }

    @Test
    void eachStoreWipesItsOwnCopyOfASecretAndLeavesTheCallersAlone() {
        try (Secret secret = InsecureSecretAccess.secretFromString(password)) {
            RedisLimitStore.Builder builder = bot().password(secret);
            builder.build().close();

            assertThat(secret.isClosed()).isFalse();
            try (RedisLimitStore again = builder.build()) {
                again.reserve(ONE);
            }
        }
    }

    @Test
    void aWrongPasswordFailsAtBuildWithoutBeingEchoed() throws Exception {
        Path wrong = Files.writeString(dir.resolve("wrong-password"), "not-" + password);
        Files.setPosixFilePermissions(wrong, PosixFilePermissions.fromString("rw-------"));

        assertThatThrownBy(() -> bot().passwordFile(wrong).build()).isInstanceOf(LimitStoreException.class)
                .hasMessageContaining("refused the credentials").satisfies(e -> assertThat(stackOf(e)).doesNotContain(password));
    }

    @Test
    void aPasswordFileOthersCanReadIsRefused() throws Exception {
        Path readable = Files.writeString(dir.resolve("readable-password"), password);
        Files.setPosixFilePermissions(readable, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> bot().passwordFile(readable).build()).isInstanceOf(LimitStoreException.class)
                .hasMessageContaining("chmod 600");
    }

    @Test
    void aCertificateThatDoesNotNameTheHostIsRefused() {
        assertThatThrownBy(() -> bot().host("127.0.0.2").passwordFile(passwordFile).build()).isInstanceOf(LimitStoreException.class)
                .hasMessageContaining("TLS handshake").hasMessageContaining("No subject alternative names matching IP address 127.0.0.2");
    }

    @Test
    void aServerWhoseCaIsNotTrustedIsRefused() {
        assertThatThrownBy(() -> RedisLimitStore.builder().host("127.0.0.1").port(server.port()).tls().user("bot")
                .passwordFile(passwordFile).build()).isInstanceOf(LimitStoreException.class).hasMessageContaining("TLS handshake")
                .hasMessageContaining("certification path");
    }

    @Test
    void plainTextIsRefusedByATlsServer() {
        assertThatThrownBy(() -> RedisLimitStore.builder().host("127.0.0.1").port(server.port()).user("bot").passwordFile(passwordFile)
                .build()).isInstanceOf(LimitStoreException.class);
    }

    @Test
    void aUserNeedsAPasswordSourceAndOnlyOne() {
        assertThatThrownBy(() -> bot().build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("needs a password");
        assertThatThrownBy(() -> bot().passwordFile(passwordFile).passwordVariable("X")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("one password source");
    }

    private static String stackOf(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
