package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Each signature has one wire form; look-alikes and variants are refused, as the exchange refuses them. */
class SigningAlgorithmTest {
    private static final byte[] SIGNATURE = new byte[64];

    static {
        for (int i = 0; i < SIGNATURE.length; i++) {
            SIGNATURE[i] = (byte) (i * 37 + 11);
        }
    }

    @Test
    void hmacSignaturesAreAsciiHex() {
        String wire = SigningAlgorithm.HMAC_SHA256.encode(SIGNATURE);
        assertThat(SigningAlgorithm.HMAC_SHA256.decode(wire)).isEqualTo(SIGNATURE);
        assertThat(SigningAlgorithm.HMAC_SHA256.decode(wire.toUpperCase(java.util.Locale.ROOT))).isEqualTo(SIGNATURE);
        String fullwidth = wire.chars().mapToObj(c -> Character.toString(Character.isDigit(c) ? c - '0' + 0xff10 : c))
                .reduce("", String::concat);
        assertThatThrownBy(() -> SigningAlgorithm.HMAC_SHA256.decode(fullwidth)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void base64SignaturesMustBeCanonical() {
        for (SigningAlgorithm algorithm : new SigningAlgorithm[] {SigningAlgorithm.ED25519, SigningAlgorithm.RSA_PKCS1_SHA256}) {
            String wire = algorithm.encode(SIGNATURE);
            assertThat(wire).isEqualTo(Base64.getEncoder().encodeToString(SIGNATURE)).endsWith("=");
            assertThat(algorithm.decode(wire)).isEqualTo(SIGNATURE);
            String unpadded = wire.replace("=", "");
            String strayBits = wire.substring(0, wire.length() - 3) + (char) (wire.charAt(wire.length() - 3) + 1) + "==";
            for (String variant : new String[] {unpadded, strayBits, wire + "\n", "\uff21" + wire.substring(1), wire.replace('+', '-')}) {
                assertThatThrownBy(() -> algorithm.decode(variant)).as(variant).isInstanceOf(IllegalArgumentException.class);
            }
        }
    }
}
