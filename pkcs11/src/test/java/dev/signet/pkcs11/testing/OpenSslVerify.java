package dev.signet.pkcs11.testing;

import dev.signet.core.SigningAlgorithm;
import dev.signet.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Verifies a signature with the {@code openssl} command: an implementation that shares no code with Signet's. */
public final class OpenSslVerify {
    private OpenSslVerify() {}

    /** Whether OpenSSL accepts {@code signature} over {@code message} for the SPKI DER public key. */
    public static boolean verifies(Path dir, SigningAlgorithm algorithm, byte[] spki, byte[] message, byte[] signature) throws Exception {
        Tools.require("openssl");
        Path key = Files.write(Files.createTempFile(dir, "pub", ".der"), spki);
        Path msg = Files.write(Files.createTempFile(dir, "msg", ".bin"), message);
        Path sig = Files.write(Files.createTempFile(dir, "sig", ".bin"), signature);
        List<String> command = algorithm == SigningAlgorithm.ED25519
                ? List.of("openssl", "pkeyutl", "-verify", "-pubin", "-keyform", "DER", "-inkey", key.toString(), "-rawin", "-in",
                        msg.toString(), "-sigfile", sig.toString())
                : List.of("openssl", "dgst", "-sha256", "-keyform", "DER", "-verify", key.toString(), "-signature", sig.toString(),
                        msg.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor() == 0 && out.contains("Verified");
    }
}
