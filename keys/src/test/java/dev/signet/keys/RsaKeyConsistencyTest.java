package dev.signet.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.KeyFormatException;
import dev.signet.testing.Tools;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An RSA private key whose CRT values disagree signs wrongly, and can leak a prime through a faulty signature: it is
 * refused when parsed, in every container, as OpenSSL's own key check refuses it.
 */
class RsaKeyConsistencyTest {
    private static final BigInteger TWO = BigInteger.TWO;
    @TempDir
    static Path dir;
    static RSAPrivateKey good;

    @BeforeAll
    static void key() throws Exception {
        Tools.require("openssl");
        Path pem = dir.resolve("rsa.pem");
        Tools.run("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", pem.toString());
        byte[] pkcs8 = Tools.run("openssl", "pkcs8", "-topk8", "-nocrypt", "-in", pem.toString(), "-outform", "DER");
        good = RSAPrivateKey.getInstance(PrivateKeyInfo.getInstance(pkcs8).parsePrivateKey());
    }

    @Test
    void theUneditedKeyParsesAndPassesOpenSslsCheck() throws Exception {
        assertThat(PrivateKeyParser.parse(Pkcs1.pem(good), null).algorithm()).isNotNull();
        assertThat(openSslCheck(good, "good")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dP", "dQ", "qInv", "n", "e", "d"})
    void aKeyWithOneValueEditedIsRefusedAtParseTimeInEveryContainer(String value) throws Exception {
        RSAPrivateKey bad = edited(value);
        assertThat(openSslCheck(bad, value)).as("openssl pkey -check on the edited key").isNotZero();
        for (byte[] file : new byte[][] {Pkcs1.pem(bad), Pkcs1.der(bad), Pkcs1.pkcs8Pem(bad), Pkcs1.pkcs8Der(bad)}) {
            assertThatThrownBy(() -> PrivateKeyParser.parse(file, null)).isInstanceOf(KeyFormatException.class)
                    .hasMessageEndingWith("the RSA key's CRT values are inconsistent: the file is corrupt");
        }
    }

    /**
     * PKCS#1 (RFC 8017 §3.2) wants every value below n. A key whose d is n itself still signs correctly when e is
     * chosen to match it (e·n ≡ 1 mod λ(n)), so only that rule refuses it; the same key with d reduced is read.
     */
    @Test
    void aPrivateExponentEqualToTheModulusIsRefusedThoughItWouldSign() {
        BigInteger n = good.getModulus();
        BigInteger p = good.getPrime1();
        BigInteger q = good.getPrime2();
        BigInteger p1 = p.subtract(BigInteger.ONE);
        BigInteger q1 = q.subtract(BigInteger.ONE);
        BigInteger lambda = p1.multiply(q1).divide(p1.gcd(q1));
        BigInteger e = n.modInverse(lambda);
        assertThat(e).as("e is a usable public exponent").isGreaterThan(BigInteger.ONE).isLessThan(n);
        BigInteger reduced = n.mod(lambda);
        RSAPrivateKey withDReduced = new RSAPrivateKey(n, e, reduced, p, q, reduced.mod(p1), reduced.mod(q1), good.getCoefficient());
        RSAPrivateKey withDEqualToN = new RSAPrivateKey(n, e, n, p, q, n.mod(p1), n.mod(q1), good.getCoefficient());
        PrivateKeyParser.parse(Pkcs1.pkcs8Der(withDReduced), null).close();
        assertThatThrownBy(() -> PrivateKeyParser.parse(Pkcs1.pkcs8Der(withDEqualToN), null)).isInstanceOf(KeyFormatException.class)
                .hasMessageEndingWith("the RSA key's CRT values are inconsistent: the file is corrupt");
    }

    @Test
    void aModulusAbove16384BitsIsRefusedBeforeAnyArithmetic() {
        BigInteger huge = BigInteger.ONE.shiftLeft(16384).add(BigInteger.ONE);
        RSAPrivateKey k = good;
        RSAPrivateKey big = new RSAPrivateKey(huge, k.getPublicExponent(), k.getPrivateExponent(), k.getPrime1(), k.getPrime2(),
                k.getExponent1(), k.getExponent2(), k.getCoefficient());
        assertThatThrownBy(() -> PrivateKeyParser.parse(Pkcs1.pkcs8Der(big), null)).isInstanceOf(KeyFormatException.class)
                .hasMessageContaining("16385 bits; Signet reads at most 16384");
    }

    private static RSAPrivateKey edited(String value) {
        UnaryOperator<BigInteger> off = v -> v.subtract(TWO);
        RSAPrivateKey k = good;
        return new RSAPrivateKey(value.equals("n") ? off.apply(k.getModulus()) : k.getModulus(),
                value.equals("e") ? k.getPublicExponent().add(TWO) : k.getPublicExponent(),
                value.equals("d") ? off.apply(k.getPrivateExponent()) : k.getPrivateExponent(), k.getPrime1(), k.getPrime2(),
                value.equals("dP") ? off.apply(k.getExponent1()) : k.getExponent1(),
                value.equals("dQ") ? off.apply(k.getExponent2()) : k.getExponent2(),
                value.equals("qInv") ? off.apply(k.getCoefficient()) : k.getCoefficient());
    }

    /** The exit status of {@code openssl pkey -check} on the key: 0 valid, non-zero refused. */
    private static int openSslCheck(RSAPrivateKey key, String name) throws Exception {
        Path file = Files.write(dir.resolve(name + ".pem"), Pkcs1.pem(key));
        Process p = new ProcessBuilder("openssl", "pkey", "-check", "-noout", "-in", file.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor();
    }
}
