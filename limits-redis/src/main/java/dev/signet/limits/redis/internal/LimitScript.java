package dev.signet.limits.redis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Lua script ({@code limits.lua}) that checks and reserves in one server-side step, and its SHA-1, the name
 * {@code EVALSHA} runs it by.
 *
 * <pre>{@code redis.evalsha(LimitScript.get().sha1(), keys, args)}</pre>
 */
public final class LimitScript {
    private static final LimitScript INSTANCE = load();

    private final String source;
    private final String sha1;

    private LimitScript(String source, String sha1) {
        this.source = source;
        this.sha1 = sha1;
    }

    /** The script. */
    public static LimitScript get() {
        return INSTANCE;
    }

    /** Its text, for {@code EVAL} and {@code SCRIPT LOAD}. */
    public String source() {
        return source;
    }

    /** Its SHA-1 in lower-case hex, for {@code EVALSHA}. */
    public String sha1() {
        return sha1;
    }

    private static LimitScript load() {
        try (InputStream in = LimitScript.class.getResourceAsStream("limits.lua")) {
            if (in == null) {
                throw new IllegalStateException("limits.lua is missing from signet-limits-redis");
            }
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new LimitScript(source, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(
                    source.getBytes(StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java platform", e);
        }
    }
}
