package dev.signet.example.readme;

// tag::http-signer[]
import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.RequestSigner;
// end::http-signer[]

/** The README's signer for the HTTP adapters. */
final class HttpSigner {
    private HttpSigner() {
    }

    // tag::http-signer[]
    /** What every adapter takes: signs requests to the exchange's hosts (https, port 443) and to no other. */
    static HttpRequestSigner forTheExchange(RequestSigner signer) {
        return HttpRequestSigner.builder().requestSigner(signer).build();
    }
    // end::http-signer[]
}
