package dev.signet.keys.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.KeyFormatException;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The key-derivation bounds at exactly their edges, checked without deriving anything (a test through a real key file
 * at 1,000 bcrypt rounds or 10 million PBKDF2 iterations would spend seconds to minutes per case).
 */
class KdfLimitsTest {
    private static final long NO_MEMORY_LIMIT = Long.MAX_VALUE;

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }

    @Test
    void pbkdf2AcceptsOneToTenMillionIterations() {
        assertThatCode(() -> KdfLimits.pbkdf2(BigInteger.ONE, "f")).doesNotThrowAnyException();
        assertThatCode(() -> KdfLimits.pbkdf2(big(10_000_000), "f")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({"10000001, 10000001", "0, 0", "-1, -1", "9223372036854775807, 9223372036854775807"})
    void pbkdf2RefusesCountsOutsideTheBoundNamingThem(long iterations, String shown) {
        assertThatThrownBy(() -> KdfLimits.pbkdf2(big(iterations), "encrypted PKCS#8")).isInstanceOf(KeyFormatException.class)
                .hasMessage("encrypted PKCS#8: " + shown + " PBKDF2 iterations is outside 1..10000000; re-encrypt the key "
                        + "(signet keygen writes 600,000)");
    }

    @Test
    void aNumberTooLongToPrintIsShownAsItsPowerOfTwo() {
        BigInteger twoTo63 = BigInteger.ONE.shiftLeft(63);
        assertThatThrownBy(() -> KdfLimits.pbkdf2(twoTo63, "f")).hasMessageStartingWith("f: 2^63+ PBKDF2 iterations");
        assertThatThrownBy(() -> KdfLimits.pbkdf2(BigInteger.ONE.shiftLeft(4000).negate(), "f"))
                .hasMessageStartingWith("f: -2^3999+ PBKDF2 iterations");
        assertThatThrownBy(() -> KdfLimits.pbkdf2(big(Long.MIN_VALUE), "f")).as("64 bits, and still a long: in full")
                .hasMessageStartingWith("f: -9223372036854775808 PBKDF2 iterations");
    }

    @Test
    void bcryptAcceptsOneToAThousandRounds() {
        assertThatCode(() -> KdfLimits.bcrypt(1, "f")).doesNotThrowAnyException();
        assertThatCode(() -> KdfLimits.bcrypt(1_000, "f")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({"1001", "0", "-1", "2147483647"})
    void bcryptRefusesRoundsOutsideTheBound(int rounds) {
        assertThatThrownBy(() -> KdfLimits.bcrypt(rounds, "encrypted OpenSSH private key")).isInstanceOf(KeyFormatException.class)
                .hasMessage("encrypted OpenSSH private key: " + rounds + " bcrypt rounds is outside 1..1000; re-encrypt it with "
                        + "`ssh-keygen -p -a 16 -f FILE`");
    }

    @Test
    void scryptMemoryIsTheTablePlusThreeLaneBuffers() {
        assertThat(KdfLimits.scryptMemory(16_384, 8, 1)).isEqualTo(128L * 8 * (16_384 + 3));
        assertThat(KdfLimits.scryptMemory(2, 131_072, 4)).as("the measured 224 MiB").isEqualTo(224L << 20);
    }

    @ParameterizedTest(name = "N={0} r={1} p={2}")
    @CsvSource({"2, 1, 1", "1073741824, 1, 1", "16384, 256, 1", "16384, 8, 16"})
    void scryptShapesAtTheEdgesAreAccepted(long n, long r, long p) {
        assertThatCode(() -> KdfLimits.scrypt(big(n), big(r), big(p), NO_MEMORY_LIMIT, "f")).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "N={0} r={1} p={2}")
    @CsvSource({"1, 8, 1", "0, 8, 1", "-2, 8, 1", "3, 8, 1", "24576, 8, 1", "2147483648, 1, 1", "16384, 257, 1", "16384, 0, 1",
        "16384, -8, 1", "16384, 8, 17", "16384, 8, 0", "16384, 8, -1"})
    void scryptShapesPastTheEdgesAreRefusedByName(long n, long r, long p) {
        assertThatThrownBy(() -> KdfLimits.scrypt(big(n), big(r), big(p), NO_MEMORY_LIMIT, "f")).isInstanceOf(KeyFormatException.class)
                .hasMessage("f: scrypt N=" + n + " r=" + r + " p=" + p + " is outside what Signet reads (N a power of two above 1, "
                        + "r 1..256, p 1..16); re-encrypt it (openssl pkcs8 -topk8 -scrypt writes N=16384 r=8 p=1)");
    }

    @Test
    void scryptMemoryExactlyAtTheLimitIsAcceptedAndOneByteMoreRefused() {
        long needs = KdfLimits.scryptMemory(16_384, 8, 1);
        assertThatCode(() -> KdfLimits.scrypt(big(16_384), big(8), big(1), needs, "f")).doesNotThrowAnyException();
        assertThatThrownBy(() -> KdfLimits.scrypt(big(16_384), big(8), big(1), needs - 1, "f")).isInstanceOf(KeyFormatException.class)
                .hasMessageStartingWith("f: scrypt N=16384 r=8 p=1 needs 16.1 MiB of memory to derive the key, more than the limit "
                        + "of 16.1 MiB.")
                .hasMessageContaining("KeyDerivationLimits.allowMemoryAbove64MiB(bytes)");
    }

    @Test
    void mebibytesAreRoundedUpToATenthSoJustOverNeverReadsAsEqual() {
        // N=2^19 r=1 p=1 needs exactly 64 MiB + 384 bytes: over a 64 MiB limit, it must not print as 64.0 MiB
        assertThatThrownBy(() -> KdfLimits.scrypt(big(1 << 19), BigInteger.ONE, BigInteger.ONE, 64L << 20, "f"))
                .hasMessageContaining("needs 64.1 MiB of memory").hasMessageContaining("limit of 64.0 MiB");
    }
}
