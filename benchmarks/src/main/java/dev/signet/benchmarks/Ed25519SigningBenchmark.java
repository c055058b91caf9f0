package dev.signet.benchmarks;

import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.Signer;
import dev.signet.core.SigningKey;
import dev.signet.keys.SigningKeyGenerator;
import dev.signet.signing.ed25519.Ed25519Signer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Ed25519 signatures of the order query: Signet, a cached SunEC {@code Signature}, BouncyCastle's high-level signer, and
 * BouncyCastle's RFC 8032 code called directly with the public key derived once (what Signet wraps, without Signet).
 */
@State(Scope.Thread)
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Ed25519SigningBenchmark {
    private Signer signer;
    private Signature jdk;
    private org.bouncycastle.crypto.signers.Ed25519Signer bc;
    private byte[] seed;
    private byte[] publicKey;

    /** One generated key for all three. */
    @Setup
    public void setUp() throws GeneralSecurityException {
        SigningKey key = SigningKeyGenerator.ed25519();
        signer = Ed25519Signer.create(key);
        byte[] pkcs8 = InsecureSecretAccess.copyBytes(key.material());
        jdk = Signature.getInstance("Ed25519", "SunEC");
        jdk.initSign(KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
        bc = new org.bouncycastle.crypto.signers.Ed25519Signer();
        bc.init(true, new Ed25519PrivateKeyParameters(pkcs8, pkcs8.length - 32));
        seed = java.util.Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length);
        publicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(seed, 0, publicKey, 0);
    }

    /** Signet (BouncyCastle's RFC 8032 core, public key precomputed). */
    @Benchmark
    public byte[] signet() {
        return signer.sign(Payloads.ORDER_QUERY_BYTES);
    }

    /** The JDK's SunEC, instance cached per thread. */
    @Benchmark
    public byte[] jdk() throws GeneralSecurityException {
        jdk.update(Payloads.ORDER_QUERY_BYTES);
        return jdk.sign();
    }

    /** BouncyCastle's high-level Ed25519Signer, initialised once. */
    @Benchmark
    public byte[] bouncyCastle() {
        bc.update(Payloads.ORDER_QUERY_BYTES, 0, Payloads.ORDER_QUERY_BYTES.length);
        return bc.generateSignature();
    }

    /** BouncyCastle's RFC 8032 {@code Ed25519.sign} called directly, public key derived once, a new 64-byte result. */
    @Benchmark
    public byte[] bouncyCastleDirect() {
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(seed, 0, publicKey, 0, Payloads.ORDER_QUERY_BYTES, 0, Payloads.ORDER_QUERY_BYTES.length, signature, 0);
        return signature;
    }
}
