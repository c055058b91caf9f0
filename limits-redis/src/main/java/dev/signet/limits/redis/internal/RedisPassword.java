package dev.signet.limits.redis.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;
import redis.clients.jedis.RedisCredentials;
import redis.clients.jedis.RedisCredentialsProvider;

/**
 * The user and password Jedis sends with {@code AUTH}/{@code HELLO} on each new connection. The password is fetched
 * from its source for that connection only (so a rotated password file is picked up), decoded into a char array this
 * class wipes as soon as the handshake is over (Jedis wipes its own byte copy), and never becomes a String.
 *
 * <pre>{@code DefaultJedisClientConfig.builder().credentialsProvider(new RedisPassword("bot", () -> reader.readSecret(file)))}</pre>
 */
public final class RedisPassword implements RedisCredentialsProvider {
    private final String user;
    private final Supplier<byte[]> utf8;
    private final ThreadLocal<char[]> connecting = new ThreadLocal<>();

    /**
     * @param user the ACL user, or null for the {@code default} user
     * @param utf8 the password's UTF-8 bytes, a fresh array each call, which this class wipes
     */
    public RedisPassword(String user, Supplier<byte[]> utf8) {
        this.user = user;
        this.utf8 = utf8;
    }

    @Override
    public void prepare() {
        byte[] bytes = utf8.get();
        CharBuffer chars = null;
        try {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            chars = decoder.decode(ByteBuffer.wrap(bytes));
            connecting.set(Arrays.copyOf(chars.array(), chars.limit()));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the Redis password is not UTF-8");
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (chars != null) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }

    @Override
    public RedisCredentials get() {
        char[] password = connecting.get();
        if (password == null) {
            throw new IllegalStateException("Redis credentials are handed out only between prepare() and cleanUp()");
        }
        return new RedisCredentials() {
            @Override
            public String getUser() {
                return user;
            }

            @Override
            public char[] getPassword() {
                return password;
            }
        };
    }

    @Override
    public void cleanUp() {
        char[] password = connecting.get();
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        connecting.remove();
    }
}
