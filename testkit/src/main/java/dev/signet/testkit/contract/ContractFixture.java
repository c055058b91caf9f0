package dev.signet.testkit.contract;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.RequestSigner;
import dev.signet.binance.guard.SigningPolicy;
import dev.signet.core.Credentials;
import dev.signet.core.KeyedSigner;
import dev.signet.core.SigningAlgorithm;
import dev.signet.testkit.LoopbackTls;
import dev.signet.testkit.MockExchange;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every contract case works with: four recording listeners that verify like the exchange — the exchange
 * ({@code http://127.0.0.1:A}, allowed), its https twin ({@code https://127.0.0.1:H}, allowed), another host
 * ({@code http://127.0.0.2:B}) and the same host on another port ({@code http://127.0.0.1:C}) — a key of each
 * algorithm registered on all of them (so anything signed that leaks there would verify), signers allowed for the
 * two exchange origins only, and the clients the adapter's test builds.
 *
 * <pre>{@code ContractClient client = fixture.client(); client.send(ContractRequest.get(fixture.exchange().baseUri().resolve(path)));}</pre>
 */
public final class ContractFixture implements AutoCloseable {
    private final LoopbackTls tls = LoopbackTls.create();
    private final MockExchange exchange;
    private final MockExchange secureExchange;
    private final MockExchange otherHost;
    private final MockExchange otherPort;
    private final Map<SigningAlgorithm, KeyedSigner> keys = new EnumMap<>(SigningAlgorithm.class);
    private final HttpAdapterContract adapter;
    private final List<ContractClient> open = new ArrayList<>();

    ContractFixture(HttpAdapterContract adapter) throws UnknownHostException {
        this.adapter = adapter;
        this.exchange = MockExchange.start();
        this.secureExchange = MockExchange.builder().https(tls).start();
        this.otherHost = MockExchange.builder().address(InetAddress.getByName("127.0.0.2")).start();
        this.otherPort = MockExchange.start();
        for (SigningAlgorithm algorithm : SigningAlgorithm.values()) {
            Credentials credentials = exchange.testCredentials(algorithm);
            for (MockExchange listener : List.of(secureExchange, otherHost, otherPort)) {
                listener.registerKey(credentials.apiKey(), credentials.signingKey().verificationKey());
            }
            keys.put(algorithm, KeyedSigner.of(credentials));
        }
    }

    /** The exchange, {@code http://127.0.0.1:A}: an allowed origin. */
    public MockExchange exchange() {
        return exchange;
    }

    /** The exchange over https, {@code https://127.0.0.1:H}: an allowed origin. */
    public MockExchange secureExchange() {
        return secureExchange;
    }

    /** Another host, {@code http://127.0.0.2:B}: outside the allow-list. */
    public MockExchange otherHost() {
        return otherHost;
    }

    /** The exchange's host on another port, {@code http://127.0.0.1:C}: outside the allow-list. */
    public MockExchange otherPort() {
        return otherPort;
    }

    /** The listeners outside the allow-list. */
    public List<MockExchange> foreign() {
        return List.of(otherHost, otherPort);
    }

    /** A new Ed25519 signer: the default signing policy, a strictly increasing clock, the two exchange origins allowed. */
    public HttpRequestSigner signer() {
        return signer(SigningAlgorithm.ED25519);
    }

    /** As {@link #signer()}, with the key of {@code algorithm}. */
    public HttpRequestSigner signer(SigningAlgorithm algorithm) {
        RequestSigner signer = RequestSigner.builder().keyedSigner(keys.get(algorithm)).clock(new StrictClock())
                .guard(SigningPolicy.defaults()).build();
        return HttpRequestSigner.builder().requestSigner(signer)
                .allowedHosts(Set.of(exchange.hostAndPort(), secureExchange.hostAndPort())).build();
    }

    /** A client with its retries on, signing with {@link #signer()}; closed after the case. */
    public ContractClient client() throws Exception {
        return client(signer(), true);
    }

    /** A client signing with {@code signer}, retries on or off; closed after the case. */
    public ContractClient client(HttpRequestSigner signer, boolean retries) throws Exception {
        ContractClient client = adapter.newClient(signer, new ClientSettings(retries, tls));
        open.add(client);
        return client;
    }

    /** Before each case: listeners forget requests and behaviour; the last case's clients are closed. */
    void reset() throws IOException {
        for (MockExchange listener : List.of(exchange, secureExchange, otherHost, otherPort)) {
            listener.clearRequests();
            listener.resetBehaviour();
        }
        closeClients();
    }

    private void closeClients() throws IOException {
        for (ContractClient client : open) {
            client.close();
        }
        open.clear();
    }

    @Override
    public void close() throws IOException {
        closeClients();
        keys.values().forEach(KeyedSigner::close);
        for (MockExchange listener : List.of(exchange, secureExchange, otherHost, otherPort)) {
            listener.close();
        }
    }
}
