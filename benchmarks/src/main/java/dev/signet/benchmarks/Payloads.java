package dev.signet.benchmarks;

import java.nio.charset.StandardCharsets;

/** The payload every suite signs unless it says otherwise: the exchange's order query (~110 bytes). */
final class Payloads {
    static final String ORDER_QUERY =
            "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559";
    static final byte[] ORDER_QUERY_BYTES = ORDER_QUERY.getBytes(StandardCharsets.UTF_8);

    private Payloads() {}
}
