package dev.signet.pkcs11.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.testing.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A SoftHSM2 token folder for one test JVM. SoftHSM reads {@code $SOFTHSM2_CONF} once, when the library loads, so
 * {@link #start} rewrites that file (surefire sets the variable) to point at the test's own folder before anything in
 * the JVM loads the library; tokens and keys are made with softhsm2-util and OpenSC's pkcs11-tool, so the code under
 * test meets them as it would meet a user's.
 */
public final class SoftHsm {
    /** Debian's SoftHSM2 library. */
    public static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;

    private SoftHsm(Path dir) {
        this.dir = dir;
    }

    /** Points this JVM's SoftHSM at {@code dir}; skips (fails under {@code CI=true}) when the tools are missing. */
    public static SoftHsm start(Path dir) throws IOException {
        Tools.require("softhsm2-util");
        Tools.require("pkcs11-tool");
        String conf = System.getenv("SOFTHSM2_CONF");
        assertThat(conf).as("SOFTHSM2_CONF, set for the test JVM by the module's surefire configuration").isNotNull();
        Path tokens = Files.createDirectories(dir.resolve("tokens"));
        Files.writeString(Path.of(conf), "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        return new SoftHsm(dir);
    }

    /** A fresh random 8-digit PIN: no PIN is written into the code. */
    public static String newPin() {
        return String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    /** Initialises a new token. */
    public void initToken(String label, String pin) throws Exception {
        run("softhsm2-util", "--init-token", "--free", "--label", label, "--pin", pin, "--so-pin", newPin() + "0");
    }

    /** Generates a key pair in the token with pkcs11-tool ({@code EC:edwards25519}, {@code rsa:2048}, {@code EC:prime256v1}). */
    public void generate(String token, String pin, String keyType, String label, String idHex) throws Exception {
        run("pkcs11-tool", "--module", LIBRARY.toString(), "--token-label", token, "--login", "--pin", pin, "--keypairgen",
                "--key-type", keyType, "--label", label, "--id", idHex);
    }

    /** The public key as pkcs11-tool exports it, as SPKI DER (it writes Ed25519 keys as PEM, RSA keys as DER). */
    public byte[] exportPublicKey(String token, String label) throws Exception {
        Path out = dir.resolve("exported-" + label + "-" + System.nanoTime());
        run("pkcs11-tool", "--module", LIBRARY.toString(), "--token-label", token, "--read-object", "--type", "pubkey", "--label",
                label, "-o", out.toString());
        byte[] bytes = Files.readAllBytes(out);
        String text = new String(bytes, StandardCharsets.US_ASCII);
        if (text.startsWith("-----BEGIN PUBLIC KEY-----")) {
            return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
        }
        return bytes;
    }

    /** pkcs11-tool's listing of the token's objects (after login). */
    public String listObjects(String token, String pin) throws Exception {
        return run("pkcs11-tool", "--module", LIBRARY.toString(), "--token-label", token, "--login", "--pin", pin, "--list-objects");
    }

    /** Deletes a token's folder through softhsm2-util, as pulling a token out would. */
    public void deleteToken(String label) throws Exception {
        run("softhsm2-util", "--delete-token", "--token", label);
    }

    /** An owner-only file holding {@code pin}. */
    public Path pinFile(String pin) throws IOException {
        Path file = dir.resolve("pin-" + System.nanoTime());
        Files.writeString(file, pin + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    /** {@code pkcs11:token=…;object=…?module-path=…}. */
    public static String uri(String token, String object) {
        return "pkcs11:token=" + token + ";object=" + object + "?module-path=" + LIBRARY;
    }

    /** The folder the test owns. */
    public Path dir() {
        return dir;
    }

    private static String run(String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of(command));
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(args.get(0) + " " + args.get(1) + ": " + output).isZero();
        return output;
    }
}
