package dev.signet.example.readme;

// tag::hmac-from-env[]
import dev.signet.binance.BinanceRequest;
import dev.signet.binance.RequestSigner;
import dev.signet.binance.SignedRequest;
import dev.signet.core.Credentials;
import dev.signet.core.KeyedSigner;
import dev.signet.credentials.CredentialsProvider;
import dev.signet.credentials.DefaultCredentialsProvider;
import java.math.BigDecimal;
// end::hmac-from-env[]

/** The README's first quick start: one order signed with the credentials the {@code BINANCE_…} variables name. */
final class QuickStart {
    private QuickStart() {
    }

    // tag::hmac-from-env[]
    /** An order signed with BINANCE_API_KEY and BINANCE_API_SECRET (or BINANCE_PRIVATE_KEY_FILE): nothing is sent. */
    static SignedRequest signAnOrder() {
        CredentialsProvider provider = DefaultCredentialsProvider.builder().prefix("BINANCE").build();
        try (Credentials credentials = provider.resolveCredentials()) {
            RequestSigner signer = RequestSigner.builder()
                    .keyedSigner(KeyedSigner.of(credentials))
                    .recvWindowMillis(5000)
                    .build();
            // send order.query() / order.body() to order.path() with the header X-MBX-APIKEY: order.apiKey()
            return signer.sign(BinanceRequest.post("/api/v3/order").param("symbol", "LTCBTC").param("side", "BUY")
                    .param("type", "MARKET").param("quantity", new BigDecimal("1")).build());
        }
    }
    // end::hmac-from-env[]
}
