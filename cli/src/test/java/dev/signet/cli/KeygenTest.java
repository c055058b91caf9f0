package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code signet keygen}: passphrase rules and the hints it gives. */
class KeygenTest {
    @TempDir
    Path dir;

    private Cli keygen(Map<String, String> env, String... extra) {
        String[] args = {"keygen", "--algorithm", "ed25519", "--out", dir.resolve("keys").toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return Cli.run(env, all);
    }

    @Test
    void anEmptyPassphraseVariableIsEmptyNotUnset() {
        Cli empty = keygen(Map.of("EMPTY", ""), "--passphrase-env", "EMPTY");
        assertThat(empty.code()).isEqualTo(3);
        assertThat(empty.err()).contains("EMPTY").contains("is empty").doesNotContain("not set");
        Cli unset = keygen(Map.of(), "--passphrase-env", "UNSET");
        assertThat(unset.code()).isEqualTo(3);
        assertThat(unset.err()).contains("UNSET is not set");
        assertThat(Files.exists(dir.resolve("keys"))).isFalse();
    }

    @Test
    void aShortPassphraseIsRefusedUnlessAllowed() throws Exception {
        Cli refused = keygen(Map.of("PASS", "abc"), "--passphrase-env", "PASS");
        assertThat(refused.code()).isEqualTo(4);
        assertThat(refused.err()).contains("shorter than 12 characters", "--allow-short-passphrase").doesNotContain("'abc'");
        assertThat(Files.exists(dir.resolve("keys"))).isFalse();
        Cli eleven = keygen(Map.of("PASS", "elevenchars"), "--passphrase-env", "PASS");
        assertThat(eleven.code()).isEqualTo(4);
        Cli allowed = keygen(Map.of("PASS", "abc"), "--passphrase-env", "PASS", "--allow-short-passphrase");
        assertThat(allowed.code()).as(allowed.all()).isZero();
        assertThat(Files.readString(dir.resolve("keys/private.pem"))).contains("ENCRYPTED PRIVATE KEY");
    }

    @Test
    void twelveCharactersAreEnough() {
        assertThat(keygen(Map.of("PASS", "twelve chars"), "--passphrase-env", "PASS").code()).isZero();
    }

    @Test
    void algorithmHintsNameOnlyWhatKeygenMakes() {
        for (String algorithm : new String[] {"ed448", "hmac-sha256"}) {
            Cli result = Cli.run(Map.of(), "keygen", "--algorithm", algorithm, "--out", dir.resolve("k").toString());
            assertThat(result.code()).isEqualTo(2);
            assertThat(result.err()).contains("use ed25519 or rsa").doesNotContain("use hmac-sha256").contains("(see signet keygen --help)");
        }
        Cli sign = Cli.run(Map.of(), "sign", "--algorithm", "ed448", "--secret-env", "S", "--payload", "x");
        assertThat(sign.err()).contains("use hmac-sha256, ed25519 or rsa");
    }
}
