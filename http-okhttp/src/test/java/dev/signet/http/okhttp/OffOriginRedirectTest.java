package dev.signet.http.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.signet.binance.SigningRefusedException;
import dev.signet.core.SigningAlgorithm;
import dev.signet.testkit.MockExchange;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A signed call's redirect outside the allow-list is refused when its answer arrives, before OkHttp connects to the
 * location: an https location on a foreign host, or an unresolvable one, fails with the refusal, not with the TLS
 * or DNS error of a connection that should never have been attempted.
 */
class OffOriginRedirectTest {
    private MockExchange exchange;
    private MockExchange elsewhere;
    private final List<InetSocketAddress> connections = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        exchange = MockExchange.start();
        elsewhere = MockExchange.builder().address(InetAddress.getByName("127.0.0.2")).start();
    }

    @AfterEach
    void stop() {
        exchange.close();
        elsewhere.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.2:%d/api/v3/order", "http://signet-test-host.invalid.:%d/api/v3/order"})
    void isRefusedBeforeConnectingToTheLocation(String location) {
        URI target = URI.create(location.formatted(elsewhere.port()));
        exchange.redirect("/api/v3/order/test", 307, target);
        OkHttpClient client = SigningInterceptor.create(exchange.signerFor(exchange.testCredentials(SigningAlgorithm.ED25519)))
                .installOn(new OkHttpClient.Builder().eventListener(new EventListener() {
                    @Override
                    public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
                        connections.add(address);
                    }
                })).build();
        Request order = new Request.Builder().url(exchange.baseUri() + "/api/v3/order/test")
                .post(RequestBody.create("symbol=LTCBTC&side=BUY", MediaType.get("application/x-www-form-urlencoded"))).build();

        Throwable refused = catchThrowable(() -> client.newCall(order).execute().close());
        assertThat(refused).isInstanceOf(SigningRefusedException.class).hasMessageContaining("refusing to follow a redirect of a signed request")
                .hasMessageContaining(":" + elsewhere.port());
        assertThat(connections).as("connections opened").extracting(InetSocketAddress::getPort).containsExactly(exchange.port());
        assertThat(elsewhere.requests()).isEmpty();
        assertThat(exchange.requests()).hasSize(1);
    }
}
