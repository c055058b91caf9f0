package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.core.SigningAlgorithm;
import dev.signet.pkcs11.testing.OpenSslVerify;
import dev.signet.pkcs11.testing.SoftHsm;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --key-uri pkcs11:…} on every command that takes a key, against a SoftHSM2 token: keys generated inside it,
 * signatures OpenSSL verifies with the public key pkcs11-tool exports, exit 3 and no PIN on a wrong PIN.
 */
class Pkcs11CommandsTest {
    private static final String TOKEN = "cli";
    private static final String API_KEY = "cliTokenKeyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefghij"; // signet:allow test fixture

    @TempDir
    static Path dir;
    static SoftHsm hsm;
    static Map<String, String> env;
    static String pin;

    @BeforeAll
    static void token() throws Exception {
        hsm = SoftHsm.start(dir);
        pin = SoftHsm.newPin();
        hsm.initToken(TOKEN, pin);
        env = Map.of("TOKEN_PIN", pin, "API_KEY", API_KEY, TokenKeys.MODULE_VARIABLE, SoftHsm.LIBRARY.toString());
        Cli keygen = Cli.run(env, "keygen", "--algorithm", "ed25519", "--key-uri", "pkcs11:token=cli;object=bot", "--pin-env", "TOKEN_PIN");
        assertThat(keygen.code()).as(keygen.all()).isZero();
        Cli rsa = Cli.run(env, "keygen", "--algorithm", "rsa", "--key-uri", SoftHsm.uri(TOKEN, "bot-rsa"), "--pin-env", "TOKEN_PIN");
        assertThat(rsa.code()).as(rsa.all()).isZero();
    }

    private static byte[] publicKey(String label) throws Exception {
        return hsm.exportPublicKey(TOKEN, label);
    }

    private static String pem(byte[] spki) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(spki)
                + "\n-----END PUBLIC KEY-----\n";
    }

    @Test
    void keygenPrintsThePublicKeyOfAPairThatStaysInTheToken() throws Exception {
        Cli keygen = Cli.run(env, "keygen", "--algorithm", "ed25519", "--key-uri", "pkcs11:token=cli;object=fresh", "--pin-env", "TOKEN_PIN");
        assertThat(keygen.code()).as(keygen.all()).isZero();
        assertThat(keygen.out()).isEqualTo(pem(publicKey("fresh")));
        assertThat(keygen.err()).contains("inside pkcs11 token 'cli' object 'fresh'", "sensitive, not extractable", "register");
        assertThat(hsm.listObjects(TOKEN, pin)).contains("never extractable");
        Cli again = Cli.run(env, "keygen", "--algorithm", "ed25519", "--key-uri", "pkcs11:token=cli;object=fresh", "--pin-env", "TOKEN_PIN");
        assertThat(again.code()).isEqualTo(ExitCodes.CREDENTIALS);
        assertThat(again.err()).contains("never overwrites");
    }

    @Test
    void publicKeyOfATokenKey() throws Exception {
        Cli cli = Cli.run(env, "public-key", "--key-uri", "pkcs11:token=cli;object=bot", "--pin-env", "TOKEN_PIN");
        assertThat(cli.code()).as(cli.all()).isZero();
        assertThat(cli.out()).isEqualTo(pem(publicKey("bot")));
    }

    @Test
    void signWithEd25519AndRsaKeysInTheToken() throws Exception {
        String payload = "symbol=LTCBTC&side=BUY&timestamp=1499827319559";
        Cli ed = Cli.run(env, "sign", "--algorithm", "ed25519", "--key-uri", "pkcs11:token=cli;object=bot", "--pin-env", "TOKEN_PIN",
                "--payload", payload);
        assertThat(ed.code()).as(ed.all()).isZero();
        assertThat(OpenSslVerify.verifies(dir, SigningAlgorithm.ED25519, publicKey("bot"), payload.getBytes(StandardCharsets.UTF_8),
                Base64.getDecoder().decode(ed.out().strip()))).isTrue();
        Cli rsa = Cli.run(env, "sign", "--algorithm", "rsa", "--key-uri", "pkcs11:token=cli;object=bot-rsa", "--pin-env", "TOKEN_PIN",
                "--payload", payload);
        assertThat(rsa.code()).as(rsa.all()).isZero();
        assertThat(OpenSslVerify.verifies(dir, SigningAlgorithm.RSA_PKCS1_SHA256, publicKey("bot-rsa"),
                payload.getBytes(StandardCharsets.UTF_8), Base64.getDecoder().decode(rsa.out().strip()))).isTrue();
    }

    @Test
    void binanceSignRequestAndSignWs() throws Exception {
        Cli rest = Cli.run(env, "binance", "sign-request", "--key-uri", "pkcs11:token=cli;object=bot", "--pin-env", "TOKEN_PIN",
                "--param", "symbol=BTCUSDT", "--param", "side=BUY", "--timestamp", "1700000000000");
        assertThat(rest.code()).as(rest.all()).isZero();
        String query = new ObjectMapper().readTree(rest.out()).get("query").asText();
        int at = query.indexOf("&signature=");
        byte[] signature = Base64.getDecoder().decode(URLDecoder.decode(query.substring(at + 11), StandardCharsets.UTF_8));
        assertThat(OpenSslVerify.verifies(dir, SigningAlgorithm.ED25519, publicKey("bot"),
                query.substring(0, at).getBytes(StandardCharsets.UTF_8), signature)).isTrue();

        Cli ws = Cli.run(env, "binance", "sign-ws", "--key-uri", "pkcs11:token=cli;object=bot", "--pin-env", "TOKEN_PIN",
                "--api-key-env", "API_KEY", "--params-json", "{\"symbol\":\"BTCUSDT\"}", "--timestamp", "1700000000000");
        assertThat(ws.code()).as(ws.all()).isZero();
        JsonNode params = new ObjectMapper().readTree(ws.out());
        String signed = "apiKey=" + API_KEY + "&symbol=BTCUSDT&timestamp=1700000000000";
        assertThat(OpenSslVerify.verifies(dir, SigningAlgorithm.ED25519, publicKey("bot"), signed.getBytes(StandardCharsets.UTF_8),
                Base64.getDecoder().decode(params.get("signature").asText()))).isTrue();
    }

    @Test
    void doctorChecksATokenKeyAndTheUriInTheEnvironment() {
        Cli direct = Cli.run(env, "doctor", "--key-uri", "pkcs11:token=cli;object=bot", "--pin-env", "TOKEN_PIN");
        assertThat(direct.code()).as(direct.all()).isZero();
        assertThat(direct.out()).contains("FOUND --key-uri: ED25519 key sha256:", "pkcs11 token 'cli' object 'bot'", "CKK_EC_EDWARDS",
                "CKM_EDDSA available", "verdict: OK").doesNotContain(pin);
        Map<String, String> sources = new HashMap<>(env);
        sources.putAll(Map.of("SIGNET_API_KEY", API_KEY, "SIGNET_PRIVATE_KEY_URI", "pkcs11:token=cli;object=bot", "SIGNET_PKCS11_PIN", pin));
        Cli fromEnvironment = Cli.run(sources, "doctor");
        assertThat(fromEnvironment.code()).as(fromEnvironment.all()).isZero();
        assertThat(fromEnvironment.out()).contains("FOUND", "pkcs11 token 'cli' object 'bot'", "CKM_EDDSA available",
                "named by environment variable SIGNET_PRIVATE_KEY_URI", "verdict: OK").doesNotContain(pin);
    }

    @Test
    void aWrongPinExitsThreeWithoutEchoingIt() {
        Map<String, String> wrong = new HashMap<>(env);
        wrong.put("TOKEN_PIN", pin + "7");
        Cli sign = Cli.run(wrong, "sign", "--algorithm", "ed25519", "--key-uri", "pkcs11:token=cli;object=bot", "--pin-env", "TOKEN_PIN",
                "--payload", "a=1");
        assertThat(sign.code()).isEqualTo(ExitCodes.CREDENTIALS);
        assertThat(sign.err()).contains("PIN for pkcs11 token 'cli' is incorrect").doesNotContain(pin);
        assertThat(sign.out()).isEmpty();
        Cli doctor = Cli.run(wrong, "doctor", "--key-uri", "pkcs11:token=cli;object=bot", "--pin-env", "TOKEN_PIN");
        assertThat(doctor.code()).isEqualTo(ExitCodes.CREDENTIALS);
        assertThat(doctor.all()).contains("is incorrect", "verdict: NOT OK").doesNotContain(pin);
    }

    @Test
    void aUriNamingAKeyOfAnotherAlgorithmOrAPinInTheUriIsRefused() {
        Cli mismatch = Cli.run(env, "sign", "--algorithm", "rsa", "--key-uri", "pkcs11:token=cli;object=bot", "--pin-env", "TOKEN_PIN",
                "--payload", "a=1");
        assertThat(mismatch.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(mismatch.err()).contains("--algorithm rsa does not match the key, which is ed25519");
        Cli literal = Cli.run(env, "sign", "--algorithm", "ed25519", "--key-uri", "pkcs11:token=cli;object=bot?pin-value=" + pin,
                "--payload", "a=1");
        assertThat(literal.code()).isEqualTo(ExitCodes.CREDENTIALS);
        assertThat(literal.err()).contains("pin-value").doesNotContain(pin);
        Cli both = Cli.run(env, "keygen", "--algorithm", "ed25519", "--key-uri", "pkcs11:token=cli;object=x", "--passphrase-env", "TOKEN_PIN");
        assertThat(both.code()).isEqualTo(ExitCodes.USAGE);
        Cli twoSources = Cli.run(env, "sign", "--algorithm", "ed25519", "--key-uri", "pkcs11:token=cli;object=bot", "--key-file", "k.pem",
                "--payload", "a=1");
        assertThat(twoSources.code()).isEqualTo(ExitCodes.USAGE);
    }
}
