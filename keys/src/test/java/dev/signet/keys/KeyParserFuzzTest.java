package dev.signet.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.KeyFormatException;
import dev.signet.core.SigningKey;
import dev.signet.core.VerificationKey;
import dev.signet.testing.Tools;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile variants of real key files, fed to {@link PrivateKeyParser} and {@link PublicKeyParser} in a 64 MiB heap
 * (the {@code small-heap} surefire execution in keys/pom.xml runs only this class, with {@code -Xmx64m}): every DER
 * length, and every 32-bit position of an SSH blob's lengths, set huge; then seeded random flips, huge
 * lengths, truncations and deep nesting. Only a {@link KeyFormatException} with a bounded message free of control
 * characters may come out; any {@link Error} (OutOfMemoryError, StackOverflowError) or other exception fails the test.
 */
class KeyParserFuzzTest {
    private static final long SEED = 21;
    private static final int RANDOM_CASES = 2000;
    private static final char[] PASS = "correct horse battery".toCharArray();
    /** Low enough that any scrypt cost a mutation reaches fits the 64 MiB heap with room to spare. */
    private static final KeyDerivationLimits LIMITS = KeyDerivationLimits.maxMemory(4L << 20);
    private static final int[] HUGE_U32 = {0x7fffffff, 0xffffffff, 0x00ffffff};
    private static final byte[][] HUGE_DER_LENGTHS = {{(byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff},
        {(byte) 0x84, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff}, {(byte) 0x83, (byte) 0xff, (byte) 0xff, (byte) 0xff},
        {(byte) 0x80}, {(byte) 0x89, 1, 0, 0, 0, 0, 0, 0, 0, 0}};

    @TempDir
    static Path dir;
    static final List<Seed> SEEDS = new ArrayList<>();

    /** A real key file, kept as its binary content plus how to wrap it back into a file (PEM label and RFC 1421 headers). */
    record Seed(String name, Wrapping wrapping, String label, String headers, byte[] binary) {
        byte[] file(byte[] content) {
            switch (wrapping) {
                case PEM:
                    return ("-----BEGIN " + label + "-----\n" + headers + Base64.getMimeEncoder().encodeToString(content) // signet:allow fuzz input
                            + "\n-----END " + label + "-----\n").getBytes(StandardCharsets.US_ASCII);
                default:
                    return (label + " " + Base64.getEncoder().encodeToString(content) + " fuzz\n").getBytes(StandardCharsets.US_ASCII);
            }
        }

        boolean ssh() {
            return label != null && (label.startsWith("ssh-") || label.equals("OPENSSH PRIVATE KEY"));
        }
    }

    enum Wrapping { PEM, SSH_LINE }

    @BeforeAll
    static void realKeyFiles() throws Exception {
        Tools.require("openssl");
        Tools.require("ssh-keygen");
        String pass = "pass:" + new String(PASS);
        Path ed = openssl("ed.pem", "genpkey", "-algorithm", "ed25519");
        Path rsa = openssl("rsa.pem", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048");
        pem("ed25519 PKCS#8", ed);
        pem("RSA PKCS#8", rsa);
        pem("RSA PKCS#1", openssl("rsa1.pem", "rsa", "-traditional", "-in", rsa.toString()));
        pem("PBKDF2 PKCS#8", openssl("pbkdf2.pem", "pkcs8", "-topk8", "-v2", "aes-256-cbc", "-iter", "1", "-in", ed.toString(), "-passout", pass));
        pem("scrypt PKCS#8", openssl("scrypt.pem", "pkcs8", "-topk8", "-scrypt", "-scrypt_N", "16", "-scrypt_r", "8", "-scrypt_p", "1",
                "-in", ed.toString(), "-passout", pass));
        pem("PBES1 PKCS#8", openssl("pbes1.pem", "pkcs8", "-topk8", "-v1", "PBE-SHA1-3DES", "-iter", "1", "-in", ed.toString(), "-passout", pass));
        pem("encrypted PKCS#1", openssl("rsa1-enc.pem", "rsa", "-traditional", "-aes256", "-in", rsa.toString(), "-passout", pass));
        pem("SPKI", openssl("spki.pem", "pkey", "-pubout", "-in", ed.toString()));
        pem("RSA public PKCS#1", openssl("rsapub.pem", "rsa", "-RSAPublicKey_out", "-in", rsa.toString()));
        ssh("ssh ed25519", "-t", "ed25519", "-N", "");
        ssh("ssh ed25519 aes256-ctr", "-t", "ed25519", "-a", "1", "-N", new String(PASS));
        ssh("ssh ed25519 chacha20", "-t", "ed25519", "-a", "1", "-Z", "chacha20-poly1305@openssh.com", "-N", new String(PASS));
        ssh("ssh rsa aes256-gcm", "-t", "rsa", "-b", "2048", "-a", "1", "-Z", "aes256-gcm@openssh.com", "-N", new String(PASS));
    }

    @Test
    void everyLengthFieldSetHugeIsRefusedWithoutAnError() {
        int cases = 0;
        for (Seed seed : SEEDS) {
            byte[] b = seed.binary();
            if (seed.ssh()) {
                // SSH fields are found by position alone: every offset may hold a uint32 length
                for (int at : sshOffsets(seed)) {
                    for (int length : HUGE_U32) {
                        byte[] m = b.clone();
                        OpenSshFiles.putU32(m, at, length);
                        attempt(seed, m, "u32 %08x at %d".formatted(length, at));
                        cases++;
                    }
                }
                continue;
            }
            List<Integer> lengths = new ArrayList<>();
            derLengthOffsets(b, 0, b.length, lengths);
            for (int at : lengths) {
                for (byte[] length : HUGE_DER_LENGTHS) {
                    byte[] m = b.clone();
                    System.arraycopy(length, 0, m, at, Math.min(length.length, m.length - at));
                    attempt(seed, m, "DER length " + length.length + " bytes at " + at);
                    cases++;
                }
            }
        }
        assertThat(cases).isGreaterThan(2000);
    }

    /**
     * Every offset of an SSH blob, except in an encrypted OpenSSH key: there only the header up to the public key's
     * length and the private section's length, since any other change costs a bcrypt derivation (the public key's own
     * fields are swept in the {@code .pub} seed; the random cases reach the rest).
     */
    private static int[] sshOffsets(Seed seed) {
        byte[] b = seed.binary();
        if (!seed.label().equals("OPENSSH PRIVATE KEY") || OpenSshFiles.cipherName(seed.file(b)).equals("none")) {
            return IntStream.rangeClosed(0, b.length - 4).toArray();
        }
        int[] fields = OpenSshFiles.lengthFieldOffsets(b);
        return IntStream.concat(IntStream.rangeClosed(0, fields[4]), IntStream.of(fields[5])).toArray();
    }

    /**
     * The offset of every DER length byte in {@code b[from, to)}, descending into constructed values and into OCTET
     * and BIT STRINGs that hold DER (a PKCS#8 key, an SPKI key).
     */
    private static void derLengthOffsets(byte[] b, int from, int to, List<Integer> out) {
        int at = from;
        while (at + 2 <= to) {
            int tag = b[at] & 0xff;
            int first = b[at + 1] & 0xff;
            int lengthBytes = first < 0x80 ? 0 : first & 0x7f;
            if (lengthBytes > 3 || at + 2 + lengthBytes > to) {
                return;
            }
            int length = first < 0x80 ? first : 0;
            for (int i = 0; i < lengthBytes; i++) {
                length = length << 8 | b[at + 2 + i] & 0xff;
            }
            int content = at + 2 + lengthBytes;
            if (content + length > to) {
                return;
            }
            out.add(at + 1);
            int inner = tag == 0x03 ? content + 1 : content;
            if ((tag & 0x20) != 0 || (tag == 0x04 || tag == 0x03) && inner < content + length && b[inner] == 0x30) {
                derLengthOffsets(b, inner, content + length, out);
            }
            at = content + length;
        }
    }

    @Test
    void seededRandomMutationsOfRealFilesAreRefusedWithoutAnError() {
        Random random = new Random(SEED);
        for (int i = 0; i < RANDOM_CASES; i++) {
            Seed seed = SEEDS.get(random.nextInt(SEEDS.size()));
            byte[] b = seed.binary().clone();
            String how;
            switch (random.nextInt(5)) {
                case 0:
                    int flips = 1 + random.nextInt(8);
                    for (int f = 0; f < flips; f++) {
                        b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                    }
                    how = flips + " bytes set at random";
                    break;
                case 1:
                    int at = random.nextInt(b.length - 4);
                    OpenSshFiles.putU32(b, at, HUGE_U32[random.nextInt(HUGE_U32.length)] - random.nextInt(64));
                    how = "huge u32 at " + at;
                    break;
                case 2:
                    int length = random.nextInt(b.length);
                    b = Arrays.copyOf(b, length);
                    how = "truncated to " + length;
                    break;
                case 3:
                    int depth = 1 + random.nextInt(random.nextBoolean() ? 64 : 20_000);
                    b = nested(b, depth, random.nextBoolean() ? (byte) 0x30 : (byte) 0x04);
                    how = "nested " + depth + " deep";
                    break;
                default:
                    int from = random.nextInt(b.length);
                    int to = from + random.nextInt(b.length - from);
                    byte[] doubled = Arrays.copyOf(b, b.length + to - from);
                    System.arraycopy(b, from, doubled, to, b.length - from);
                    b = doubled;
                    how = "bytes " + from + ".." + to + " repeated";
            }
            attempt(seed, b, "case " + i + ": " + how);
        }
    }

    /**
     * Both parsers on the mutated file and on the mutated content alone (DER, or an SSH blob), with the passphrase;
     * only a KeyFormatException without control characters, under 1000 characters, may come out.
     */
    private static void attempt(Seed seed, byte[] mutated, String how) {
        for (byte[] input : new byte[][] {seed.file(mutated), mutated}) {
            for (boolean publicKey : new boolean[] {false, true}) {
                try {
                    if (publicKey) {
                        VerificationKey key = PublicKeyParser.parse(input);
                        assertThat(key.algorithm()).isNotNull();
                    } else {
                        try (SigningKey key = PrivateKeyParser.parse(input, PASS, LIMITS)) {
                            assertThat(key.algorithm()).isNotNull();
                        }
                    }
                } catch (KeyFormatException e) {
                    String message = e.getMessage();
                    assertThat(message.length() < 1000 && message.chars().noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029))
                            .as("%s, %s: a message without control characters, under 1000 characters, not %d characters: %s", seed.name(), how,
                                    message.length(), message.substring(0, Math.min(200, message.length())).replaceAll("[^ -~]", "?"))
                            .isTrue();
                } catch (Throwable t) {
                    // the message of an unexpected exception may quote the input: name the class only
                    throw new AssertionError(seed.name() + ", " + how + ": " + (publicKey ? "PublicKeyParser" : "PrivateKeyParser")
                            + " threw " + t.getClass().getName() + " instead of KeyFormatException");
                }
            }
        }
    }

    /** {@code content} inside {@code depth} DER elements of type {@code tag}, built from the inside out. */
    private static byte[] nested(byte[] content, int depth, byte tag) {
        ByteArrayOutputStream headers = new ByteArrayOutputStream();
        long length = content.length;
        List<byte[]> layers = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            byte[] header = header(tag, length);
            layers.add(header);
            length += header.length;
        }
        for (int i = layers.size() - 1; i >= 0; i--) {
            headers.writeBytes(layers.get(i));
        }
        headers.writeBytes(content);
        return headers.toByteArray();
    }

    private static byte[] header(byte tag, long length) {
        if (length < 0x80) {
            return new byte[] {tag, (byte) length};
        }
        int bytes = (64 - Long.numberOfLeadingZeros(length) + 7) / 8;
        byte[] h = new byte[2 + bytes];
        h[0] = tag;
        h[1] = (byte) (0x80 | bytes);
        for (int i = 0; i < bytes; i++) {
            h[2 + i] = (byte) (length >>> (8 * (bytes - 1 - i)));
        }
        return h;
    }

    private static Path openssl(String name, String... args) throws Exception {
        Path out = dir.resolve(name);
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        command.addAll(List.of("-out", out.toString()));
        Tools.run(command.toArray(String[]::new));
        return out;
    }

    /** The PEM file as a seed: label, headers, decoded body. */
    private static void pem(String name, Path file) throws Exception {
        String text = Files.readString(file);
        int labelStart = text.indexOf("-----BEGIN ") + "-----BEGIN ".length();
        String label = text.substring(labelStart, text.indexOf("-----", labelStart));
        String inside = text.substring(text.indexOf('\n', labelStart) + 1, text.indexOf("-----END "));
        int blank = inside.indexOf("\n\n");
        String headers = blank < 0 ? "" : inside.substring(0, blank + 2);
        byte[] der = Base64.getMimeDecoder().decode(inside.substring(headers.length()));
        SEEDS.add(new Seed(name, Wrapping.PEM, label, headers, der));
    }

    private static void ssh(String name, String... args) throws Exception {
        Path key = dir.resolve(name.replace(' ', '-'));
        List<String> command = new ArrayList<>(List.of("ssh-keygen", "-q", "-C", "fuzz", "-f", key.toString()));
        command.addAll(List.of(args));
        Tools.run(command.toArray(String[]::new));
        SEEDS.add(new Seed(name, Wrapping.PEM, "OPENSSH PRIVATE KEY", "", OpenSshFiles.blob(Files.readAllBytes(key))));
        String[] line = Files.readString(Path.of(key + ".pub")).split(" ");
        SEEDS.add(new Seed(name + " public", Wrapping.SSH_LINE, line[0], "", Base64.getDecoder().decode(line[1])));
    }
}
