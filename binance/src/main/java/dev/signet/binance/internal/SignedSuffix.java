package dev.signet.binance.internal;

import dev.signet.core.Hex;
import dev.signet.core.Signer;
import dev.signet.core.SigningAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What a REST signer appends after the parameters, as the exchange checks it: {@code recvWindow} (when configured)
 * and {@code timestamp} to the part being signed last, then the signature over everything written so far — lowercase
 * hex for HMAC, percent-encoded standard base64 for Ed25519 and RSA. With a reused {@link Scratch} and a signer whose
 * {@link Signer#sign(byte[], int, int, byte[], int)} allocates nothing (HMAC), appending allocates nothing. Immutable.
 *
 * <pre>{@code new SignedSuffix("recvWindow=5000").append(sent, bodyStart, timestamp, signer, scratch);}</pre>
 */
public final class SignedSuffix {
    /** After the timestamp, which is never the first thing in its part. */
    private static final byte[] SIGNATURE = "&signature=".getBytes(StandardCharsets.US_ASCII);
    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    /** {@code recvWindow=…&timestamp=} as sent, or {@code timestamp=} alone. */
    private final byte[] beforeTimestamp;

    /** A suffix with {@code recvWindow} (e.g. {@code recvWindow=5000}), or without one when null. */
    public SignedSuffix(String recvWindow) {
        this.beforeTimestamp = ((recvWindow == null ? "" : recvWindow + "&") + "timestamp=").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Appends recvWindow and {@code timestamp} to the part of {@code sent} that starts at {@code partStart}, signs all
     * of {@code sent} with {@code signer} and appends {@code &signature=…}.
     */
    public void append(SentQuery sent, int partStart, long timestamp, Signer signer, Scratch scratch) {
        sent.separate(partStart);
        sent.ascii(beforeTimestamp);
        scratch.timestampDigits(sent, timestamp);
        byte[] signature = scratch.signature(signer.signatureLength());
        int length = signer.sign(sent.bytes(), 0, sent.length(), signature, 0);
        sent.ascii(SIGNATURE);
        if (signer.algorithm() == SigningAlgorithm.HMAC_SHA256) {
            sent.hex(signature, 0, length);
        } else {
            byte[] text = scratch.text(signature.length);
            sent.encoded(text, 0, BASE64.encode(signature, text)); // '+', '/' and '=' are escaped
        }
    }

    /**
     * Working memory for one thread's signatures, grown to the signer's size once and reused, and the digits of the
     * last timestamp (thousands of orders a second share a millisecond). Not thread-safe.
     */
    public static final class Scratch {
        private byte[] signature = new byte[0];
        private byte[] text = new byte[0];
        private final SentQuery lastTimestamp = new SentQuery(20);
        private long lastTimestampValue;

        /** Appends the digits of {@code timestamp}, copied from the last call's when it is the same value. */
        void timestampDigits(SentQuery sent, long timestamp) {
            if (timestamp != lastTimestampValue || lastTimestamp.length() == 0) {
                lastTimestamp.reset();
                lastTimestamp.digits(timestamp);
                lastTimestampValue = timestamp;
            }
            sent.ascii(lastTimestamp.bytes(), 0, lastTimestamp.length());
        }

        byte[] signature(int length) {
            if (signature.length != length) {
                signature = new byte[length];
            }
            return signature;
        }

        byte[] text(int signatureLength) {
            int needed = 4 * ((signatureLength + 2) / 3);
            if (text.length < needed) {
                text = new byte[needed];
            }
            return text;
        }
    }
}
