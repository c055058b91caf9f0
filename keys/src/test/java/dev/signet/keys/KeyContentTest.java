package dev.signet.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.KeyFormatException;
import dev.signet.core.SigningAlgorithm;
import dev.signet.core.SigningKey;
import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What is inside a well-formed container: the Ed25519 seed's size, a v2 file's public key, RSA's CRT values and size. */
class KeyContentTest {
    private static final AlgorithmIdentifier ED25519 = new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519);
    static RSAPrivateKey rsa;

    @BeforeAll
    static void rsaKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
        rsa = RSAPrivateKey.getInstance(PrivateKeyInfo.getInstance(pkcs8).parsePrivateKey());
    }

    private static byte[] seed() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return seed;
    }

    private static byte[] ed25519Pkcs8(byte[] seed, byte[] publicKey) throws Exception {
        return new PrivateKeyInfo(ED25519, new DEROctetString(seed), null, publicKey).getEncoded();
    }

    private static byte[] publicKey(byte[] seed) {
        return new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
    }

    @ParameterizedTest
    @ValueSource(ints = {31, 33, 64})
    void anEd25519SeedOfAnyOtherSizeThan32BytesIsRefused(int size) throws Exception {
        byte[] pkcs8 = ed25519Pkcs8(new byte[size], null);
        assertThatThrownBy(() -> PrivateKeyParser.parse(pkcs8, null)).isInstanceOf(KeyFormatException.class)
                .hasMessage("DER PKCS#8: an Ed25519 private key must be 32 bytes, this one has " + size);
    }

    @Test
    void aVersion2FileIsReadWhenItsPublicKeyIsTheOneTheSeedDerives() throws Exception {
        byte[] seed = seed();
        try (SigningKey v1 = PrivateKeyParser.parse(ed25519Pkcs8(seed, null), null);
                SigningKey v2 = PrivateKeyParser.parse(ed25519Pkcs8(seed, publicKey(seed)), null)) {
            assertThat(v2.algorithm()).isEqualTo(SigningAlgorithm.ED25519);
            assertThat(v2.fingerprint()).isEqualTo(v1.fingerprint());
        }
    }

    @Test
    void aVersion2FileWhosePublicKeyIsAnotherKeysIsRefused() throws Exception {
        byte[] pkcs8 = ed25519Pkcs8(seed(), publicKey(seed()));
        assertThatThrownBy(() -> PrivateKeyParser.parse(pkcs8, null)).isInstanceOf(KeyFormatException.class)
                .hasMessage("DER PKCS#8: the file's public key is not the one its private key derives; the file is corrupt or was edited");
    }

    @ParameterizedTest
    @ValueSource(strings = {"p", "dP", "qInv"})
    void anRsaKeyWithoutCrtValuesIsRefused(String zeroed) {
        RSAPrivateKey k = rsa;
        RSAPrivateKey withoutCrt = new RSAPrivateKey(k.getModulus(), k.getPublicExponent(), k.getPrivateExponent(),
                zeroed.equals("p") ? BigInteger.ZERO : k.getPrime1(), k.getPrime2(),
                zeroed.equals("dP") ? BigInteger.ZERO : k.getExponent1(), k.getExponent2(),
                zeroed.equals("qInv") ? BigInteger.ZERO : k.getCoefficient());
        assertThatThrownBy(() -> PrivateKeyParser.parse(Pkcs1.der(withoutCrt), null)).isInstanceOf(KeyFormatException.class)
                .hasMessageStartingWith("DER PKCS#1: this RSA key has no CRT parameters (p, q, dp, dq, qinv)");
    }

    @Test
    void aModulusOfExactly16384BitsIsNotRefusedForItsSize() {
        BigInteger n16384 = BigInteger.ONE.shiftLeft(16383).add(BigInteger.ONE);
        RSAPrivateKey k = rsa;
        RSAPrivateKey big = new RSAPrivateKey(n16384, k.getPublicExponent(), k.getPrivateExponent(), k.getPrime1(), k.getPrime2(),
                k.getExponent1(), k.getExponent2(), k.getCoefficient());
        assertThatThrownBy(() -> PrivateKeyParser.parse(Pkcs1.der(big), null)).isInstanceOf(KeyFormatException.class)
                .as("past the size check, the made-up modulus fails the consistency check")
                .hasMessage("DER PKCS#1: the RSA key's CRT values are inconsistent: the file is corrupt");
    }

    @Test
    void theRsaKeyItselfIsReadWithItsPublicKey() throws Exception {
        try (SigningKey key = PrivateKeyParser.parse(Pkcs1.der(rsa), null)) {
            assertThat(key.algorithm()).isEqualTo(SigningAlgorithm.RSA_PKCS1_SHA256);
            SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(key.publicKeySpki().orElseThrow());
            assertThat(RSAPublicKey.getInstance(spki.parsePublicKey()).getModulus()).isEqualTo(rsa.getModulus());
        }
    }
}
