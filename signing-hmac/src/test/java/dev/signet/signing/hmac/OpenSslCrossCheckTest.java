package dev.signet.signing.hmac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.Hex;
import dev.signet.core.Signers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import dev.signet.testing.Tools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sample of random keys and messages checked against {@code openssl dgst -sha256 -mac HMAC}. */
class OpenSslCrossCheckTest {
    @Test
    void sampleMatchesOpenSsl(@TempDir Path dir) throws Exception {
        Tools.require("openssl");
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            byte[] key = new byte[1 + random.nextInt(100)];
            byte[] msg = new byte[random.nextInt(500)];
            random.nextBytes(key);
            random.nextBytes(msg);
            Path file = dir.resolve("msg" + i);
            Files.write(file, msg);
            Process p = new ProcessBuilder("openssl", "dgst", "-sha256", "-mac", "HMAC", "-macopt", "hexkey:" + Hex.encode(key), "-r", file.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            assertThat(p.waitFor()).isZero();
            String opensslHex = out.split("\\s+")[0];
            assertThat(Hex.encode(Signers.forKey(Vectors.hmacKey(key)).sign(msg))).isEqualTo(opensslHex);
        }
    }

}
