package dev.signet.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.InsecureSecretAccess;
import dev.signet.core.Signer;
import dev.signet.core.Signers;
import dev.signet.core.SigningKey;
import dev.signet.core.Verifier;
import dev.signet.testkit.ExchangeError;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Numbers in a signed request are ASCII digits, as the exchange reads them; other scripts' digits are not numbers there. */
class RequestCheckTest {
    private static final long NOW = 1_700_000_000_000L;
    private static SigningKey key;
    private static Signer signer;
    private static Verifier verifier;

    @BeforeAll
    static void keys() {
        key = SigningKey.hmacSha256(InsecureSecretAccess.secretFromBytes(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}));
        signer = Signers.forKey(key);
        verifier = Signers.verifierFor(key);
    }

    @AfterAll
    static void wipe() throws Exception {
        signer.close();
        verifier.close();
        key.close();
    }

    /** The query {@code symbol=LTCBTC&<params>}, signed, checked at {@link #NOW}. */
    private static Optional<ExchangeError> check(String params) {
        String query = "symbol=LTCBTC&" + params;
        return RequestCheck.check(query + "&signature=" + signer.signToString(query), "", verifier, NOW);
    }

    /** {@code digits} written in Arabic-Indic digits (U+0660…U+0669), percent-encoded as a client would send them. */
    private static String arabicIndic(String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            out.append(c == '.' ? '.' : (char) ('\u0660' + (c - '0')));
        }
        return URLEncoder.encode(out.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void asciiDigitsPass() {
        assertThat(check("timestamp=" + NOW + "&recvWindow=5000")).isEmpty();
    }

    @Test
    void aTimestampInOtherDigitsIsRefused() {
        assertThat(check("timestamp=" + arabicIndic(String.valueOf(NOW)))).contains(ExchangeError.MANDATORY_PARAM_MISSING);
    }

    @Test
    void aRecvWindowInOtherDigitsIsRefused() {
        assertThat(check("timestamp=" + NOW + "&recvWindow=" + arabicIndic("5000"))).contains(ExchangeError.MANDATORY_PARAM_MISSING);
        assertThat(check("timestamp=" + NOW + "&recvWindow=" + arabicIndic("5000.5"))).contains(ExchangeError.MANDATORY_PARAM_MISSING);
    }
}
