package dev.signet.benchmarks;

import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.Signer;
import dev.signet.core.SigningKey;
import dev.signet.keys.SigningKeyGenerator;
import dev.signet.signing.rsa.RsaKeySize;
import dev.signet.signing.rsa.RsaSigner;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** RSASSA-PKCS1-v1_5 SHA-256 of the order query: Signet against a cached JDK {@code Signature}. */
@State(Scope.Thread)
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RsaSigningBenchmark {
    /** Modulus size. */
    @Param({"2048", "4096"})
    public int bits;
    private Signer signer;
    private Signature jdk;

    /** One generated key for both. */
    @Setup
    public void setUp() throws GeneralSecurityException {
        SigningKey key = SigningKeyGenerator.rsa(bits);
        signer = RsaSigner.create(key, RsaKeySize.REQUIRE_2048_BITS);
        jdk = Signature.getInstance("SHA256withRSA");
        jdk.initSign(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(InsecureSecretAccess.copyBytes(key.material()))));
    }

    /** Signet. */
    @Benchmark
    public byte[] signet() {
        return signer.sign(Payloads.ORDER_QUERY_BYTES);
    }

    /** The JDK, instance cached per thread. */
    @Benchmark
    public byte[] jdk() throws GeneralSecurityException {
        jdk.update(Payloads.ORDER_QUERY_BYTES);
        return jdk.sign();
    }
}
