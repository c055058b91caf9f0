package dev.signet.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.signet.core.KeyFormatException;
import dev.signet.core.SigningKey;
import dev.signet.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.misc.MiscObjectIdentifiers;
import org.bouncycastle.asn1.misc.ScryptParams;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.util.ScryptConfig;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfoBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scrypt memory a key file may ask for: 64 MiB by default, lower or (loudly) higher on request. */
class KeyDerivationLimitsTest {
    private static final char[] PASS = "correct horse battery".toCharArray();
    @TempDir
    static Path dir;
    static Path ed25519;

    @BeforeAll
    static void key() throws Exception {
        Tools.require("openssl");
        ed25519 = dir.resolve("ed25519.pem");
        Tools.run("openssl", "genpkey", "-algorithm", "ed25519", "-out", ed25519.toString());
    }

    @ParameterizedTest(name = "N={0} r={1} p={2}")
    @CsvSource({
        "65536, 8, 1, 64.1 MiB", // the next standard step above OpenSSL's own 32 MiB cap
        "16384, 64, 16, 128.4 MiB"}) // inside the old 128 MiB bound, which ignored p
    void scryptNeedingMoreThan64MiBIsRefusedNamingTheCostAndTheOptIn(int n, int r, int p, String needs) {
        byte[] der = scryptOverGarbage(n, r, p);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> PrivateKeyParser.parse(der, PASS))
                .isInstanceOf(KeyFormatException.class)
                .hasMessageContaining("scrypt N=" + n + " r=" + r + " p=" + p + " needs " + needs)
                .hasMessageContaining("limit of 64.0 MiB")
                .hasMessageContaining("KeyDerivationLimits.allowMemoryAbove64MiB"));
    }

    @Test
    void scryptWithinTheLimitsReachesDecryption() {
        assertThatThrownBy(() -> PrivateKeyParser.parse(scryptOverGarbage(2, 256, 16), PASS)).isInstanceOf(KeyFormatException.class)
                .hasMessageContaining("wrong passphrase"); // the ciphertext is garbage
    }

    @Test
    void theIssue21KeyThatRanOutOfMemoryIsRefusedBeforeAnythingIsAllocated() {
        // N=2 r=131072 p=15: 32 MiB by the old N*r*128 rule, 752 MiB as BouncyCastle allocates it (OutOfMemoryError at -Xmx512m)
        byte[] der = scryptOverGarbage(2, 131072, 15);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> PrivateKeyParser.parse(der, PASS))
                .isInstanceOf(KeyFormatException.class).hasMessageContaining("scrypt N=2 r=131072 p=15 is outside what Signet reads"));
    }

    @Test
    void scryptCostThatIsNotAPowerOfTwoIsMalformedNotAWrongPassphrase() {
        assertThatThrownBy(() -> PrivateKeyParser.parse(scryptOverGarbage(1000, 8, 1), PASS)).isInstanceOf(KeyFormatException.class)
                .hasMessageContaining("N a power of two above 1");
    }

    @Test
    void aKeyAbove64MiBDecryptsOnlyWithTheExplicitOptIn() throws Exception {
        byte[] der = scryptEncrypted(65536, 8, 1);
        assertThatThrownBy(() -> PrivateKeyParser.parse(der, PASS)).hasMessageContaining("needs 64.1 MiB");
        try (SigningKey key = PrivateKeyParser.parse(der, PASS, KeyDerivationLimits.allowMemoryAbove64MiB(65L << 20))) {
            assertThat(key.publicKeySpki().orElseThrow())
                    .isEqualTo(Tools.run("openssl", "pkey", "-in", ed25519.toString(), "-pubout", "-outform", "DER"));
        }
    }

    @Test
    void aLowerLimitRefusesOpenSslsDefaultScryptKey() throws Exception {
        Path scrypt = dir.resolve("scrypt.pem");
        Tools.run("openssl", "pkcs8", "-topk8", "-scrypt", "-in", ed25519.toString(), "-passout", "pass:" + new String(PASS), "-out", scrypt.toString());
        byte[] pem = Files.readAllBytes(scrypt);
        assertThat(PrivateKeyParser.parse(pem, PASS, KeyDerivationLimits.defaults()).algorithm()).isNotNull();
        assertThatThrownBy(() -> PrivateKeyParser.parse(pem, PASS, KeyDerivationLimits.maxMemory(8L << 20)))
                .isInstanceOf(KeyFormatException.class).hasMessageContaining("scrypt N=16384 r=8 p=1 needs 16.1 MiB")
                .hasMessageContaining("limit of 8.0 MiB");
    }

    @Test
    void maxMemoryOnlyLowersTheLimitAndPointsAtTheOptIn() {
        assertThat(KeyDerivationLimits.defaults().maxMemoryBytes()).isEqualTo(64L << 20);
        assertThat(KeyDerivationLimits.maxMemory(1 << 20).maxMemoryBytes()).isEqualTo(1 << 20);
        assertThat(KeyDerivationLimits.maxMemory(64L << 20).maxMemoryBytes()).as("exactly the default").isEqualTo(64L << 20);
        assertThat(KeyDerivationLimits.allowMemoryAbove64MiB(1).maxMemoryBytes()).isEqualTo(1);
        assertThatThrownBy(() -> KeyDerivationLimits.allowMemoryAbove64MiB(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyDerivationLimits.maxMemory((64L << 20) + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allowMemoryAbove64MiB");
        assertThatThrownBy(() -> KeyDerivationLimits.maxMemory(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyDerivationLimits.allowMemoryAbove64MiB(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLimitShowsItsBytes() {
        assertThat(KeyDerivationLimits.maxMemory(1 << 20)).hasToString("KeyDerivationLimits[maxMemory=1048576 bytes]");
        assertThat(KeyDerivationLimits.defaults()).hasToString("KeyDerivationLimits[maxMemory=67108864 bytes]");
    }

    @Test
    void anUnsupportedEncryptionSchemeIsNamedNotBlamedOnThePassphrase() throws Exception {
        PBKDF2Params pbkdf2 = new PBKDF2Params(new byte[16], 2048, new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256));
        EncryptionScheme unknown = new EncryptionScheme(new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"),
                new DEROctetString(new byte[16]));
        byte[] der = new EncryptedPrivateKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2,
                new PBES2Parameters(new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, pbkdf2), unknown)), new byte[64]).getEncoded();
        assertThatThrownBy(() -> PrivateKeyParser.parse(der, PASS)).isInstanceOf(KeyFormatException.class)
                .hasMessageContaining("not supported").hasMessageNotContaining("wrong passphrase");
    }

    /** A PBES2/scrypt EncryptedPrivateKeyInfo with the given cost over garbage ciphertext. */
    private static byte[] scryptOverGarbage(int n, int r, int p) {
        ScryptParams scrypt = new ScryptParams(new byte[16], n, r, p, 32);
        EncryptionScheme aes = new EncryptionScheme(NISTObjectIdentifiers.id_aes256_CBC, new DEROctetString(new byte[16]));
        AlgorithmIdentifier pbes2 = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2,
                new PBES2Parameters(new KeyDerivationFunc(MiscObjectIdentifiers.id_scrypt, scrypt), aes));
        try {
            return new EncryptedPrivateKeyInfo(pbes2, new byte[64]).getEncoded();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The openssl-made Ed25519 key, encrypted by BouncyCastle with scrypt at a cost OpenSSL refuses to write (over 32 MiB). */
    private static byte[] scryptEncrypted(int n, int r, int p) throws Exception {
        byte[] pkcs8 = Tools.run("openssl", "pkey", "-in", ed25519.toString(), "-outform", "DER");
        var encryptor = new JcePKCSPBEOutputEncryptorBuilder(new ScryptConfig.Builder(n, r, p).withSaltLength(16).build(),
                NISTObjectIdentifiers.id_aes256_CBC).setProvider(new BouncyCastleProvider()).build(PASS);
        return new PKCS8EncryptedPrivateKeyInfoBuilder(PrivateKeyInfo.getInstance(pkcs8)).build(encryptor).getEncoded();
    }
}
