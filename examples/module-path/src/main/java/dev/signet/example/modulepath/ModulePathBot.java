package dev.signet.example.modulepath;

import dev.signet.binance.BinanceRequest;
import dev.signet.binance.RequestSigner;
import dev.signet.binance.SignedRequest;
import dev.signet.core.Credentials;
import dev.signet.core.KeyedSigner;
import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import dev.signet.core.Verifier;
import dev.signet.credentials.CredentialsProvider;
import dev.signet.credentials.EnvironmentCredentialsProvider;
import dev.signet.credentials.FileCredentialsProvider;
import dev.signet.credentials.ProfileCredentialsProvider;
import dev.signet.keys.KeyFiles;
import dev.signet.keys.SigningKeyGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Signs an order with each algorithm the way a modular bot would: HMAC from the environment, Ed25519 and RSA from
 * key files (decoded by signet-keys through the {@code PrivateKeyDecoder} service), signers found through the
 * {@code SignerFactory} service, then a profile file (which needs the optional Jackson module). Prints one line per
 * check; exits 1 on the first failure.
 *
 * <pre>{@code java --module-path ... -m dev.signet.example.modulepath/dev.signet.example.modulepath.ModulePathBot DIR}</pre>
 */
public final class ModulePathBot {
    private ModulePathBot() {}

    /** @param args a private folder for the key files */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        System.out.println("bot module: " + ModulePathBot.class.getModule().getName());
        System.out.println("signer lookup module: " + Signers.class.getModule().getName());
        signOrder("hmac", EnvironmentCredentialsProvider.create());
        for (String algorithm : new String[] {"ed25519", "rsa"}) {
            Path keys = Files.createDirectory(dir.resolve(algorithm), PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
            try (SigningKey key = algorithm.equals("rsa") ? SigningKeyGenerator.rsa(2048) : SigningKeyGenerator.ed25519()) {
                KeyFiles.writeKeyPair(key, keys, null);
            }
            Path apiKey = Files.writeString(keys.resolve("api-key"), "moduleBotApiKey0123456789", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(apiKey, PosixFilePermissions.fromString("rw-------"));
            signOrder(algorithm, FileCredentialsProvider.builder().apiKeyFile(apiKey).privateKeyFile(keys.resolve(KeyFiles.PRIVATE_PEM))
                    .build());
        }
        Path profile = Files.writeString(dir.resolve("credentials.json"), "{\"profiles\":{\"default\":{\"apiKey\":{\"env\":\"SIGNET_API_KEY\"},"
                + "\"apiSecret\":{\"env\":\"SIGNET_API_SECRET\"}}}}", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(profile, PosixFilePermissions.fromString("rw-------"));
        try {
            signOrder("profile", ProfileCredentialsProvider.builder().file(profile).build());
        } catch (RuntimeException e) {
            System.out.println("profile refused: " + e.getMessage());
        }
    }

    private static void signOrder(String name, CredentialsProvider provider) {
        try (Credentials credentials = provider.resolveCredentials();
                KeyedSigner keyed = KeyedSigner.of(credentials);
                Verifier verifier = Signers.verifierFor(credentials.signingKey())) {
            SignedRequest order = RequestSigner.builder().keyedSigner(keyed).build().sign(BinanceRequest.post("/api/v3/order")
                    .param("symbol", "LTCBTC").param("side", "BUY").param("quantity", new BigDecimal("1")).build());
            String signature = order.query().substring(order.query().lastIndexOf("signature=") + "signature=".length());
            boolean valid = verifier.verify(order.signedPayload(),
                    java.net.URLDecoder.decode(signature, StandardCharsets.UTF_8));
            System.out.println(name + " " + credentials.signingKey().algorithm() + (valid ? " verified" : " NOT VERIFIED"));
            if (!valid) {
                System.exit(1);
            }
        }
    }
}
