package dev.signet.spring;

import static dev.signet.spring.SharedExchange.ELSEWHERE;
import static dev.signet.spring.SharedExchange.EXCHANGE;
import static dev.signet.spring.SharedExchange.elsewhere;
import static dev.signet.spring.SharedExchange.onExchange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.signet.binance.SigningRefusedException;
import dev.signet.testkit.RecordedRequest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * A Spring Boot application with the starter, its credentials in owner-only files, against {@code MockExchange}:
 * the {@code RestClient}, {@code RestTemplate} and {@code WebClient} that Boot builds sign exchange requests, follow no
 * exchange redirect inside the HTTP library (Boot's default would, and would carry the API key along) and refuse one to
 * another host, refuse what the policy and limits refuse, and health and metrics report it all without the secret.
 */
@SpringBootTest(classes = BootTestApplication.class, properties = {"spring.main.web-application-type=none",
    "signet.allowed-hosts=127.0.0.1", "signet.recv-window=10s",
    "signet.limits.symbols=BTCUSDT", "signet.limits.max-notional-per-order=1000"})
class SpringBootClientsTest {
    private static final String ORDER = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=30000";

    @Autowired
    RestClient.Builder restClients;
    @Autowired
    WebClient.Builder webClients;
    @Autowired
    RestTemplateBuilder restTemplates;
    @Autowired
    MeterRegistry meters;
    @Autowired
    Map<String, HealthIndicator> healthIndicators;

    @DynamicPropertySource
    static void exchange(DynamicPropertyRegistry registry) {
        SharedExchange.properties(registry);
    }

    @BeforeEach
    void clear() {
        SharedExchange.clear();
    }

    @Test
    void bootsRestClientSignsExchangeRequests() {
        restClients.build().get().uri(onExchange("/api/v3/account")).retrieve().toBodilessEntity();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("symbol", "BTCUSDT");
        form.add("side", "BUY");
        form.add("quoteOrderQty", "100");
        restClients.build().post().uri(onExchange("/api/v3/order")).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
                .retrieve().toBodilessEntity();
        assertThat(EXCHANGE.requests()).hasSize(2).allMatch(RecordedRequest::accepted);
        assertThat(EXCHANGE.requests().get(0).rawQuery()).startsWith("recvWindow=10000&timestamp=");
    }

    @Test
    void bootsWebClientSignsExchangeRequests() {
        webClients.build().post().uri(onExchange("/api/v3/order")).contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(ORDER)
                .retrieve().toBodilessEntity().block(Duration.ofSeconds(20));
        assertThat(EXCHANGE.requests()).singleElement().matches(RecordedRequest::accepted);
    }

    @Test
    void bootsRestTemplateSignsExchangeRequests() {
        restTemplates.build().getForEntity(onExchange("/api/v3/openOrders?symbol=BTCUSDT"), String.class);
        assertThat(EXCHANGE.requests()).singleElement().matches(RecordedRequest::accepted);
    }

    @Test
    void bootsClientsRefuseAnExchangeRedirectToAnotherHost() {
        EXCHANGE.redirect("/api/v3/myTrades", elsewhere("/api/v3/ping"));
        Throwable restClient = catchThrowable(() -> restClients.build().get().uri(onExchange("/api/v3/myTrades?symbol=BTCUSDT")).retrieve()
                .toBodilessEntity());
        Throwable webClient = catchThrowable(() -> webClients.build().get().uri(onExchange("/api/v3/myTrades?symbol=BTCUSDT")).retrieve()
                .toBodilessEntity().block(Duration.ofSeconds(20)));
        Throwable restTemplate = catchThrowable(() -> restTemplates.build().getForEntity(onExchange("/api/v3/myTrades?symbol=BTCUSDT"),
                String.class));
        assertThat(restClient).isInstanceOf(ResourceAccessException.class).cause().isInstanceOf(SigningRefusedException.class)
                .hasMessageContaining("refusing to follow a redirect of a signed request");
        assertThat(restTemplate).isInstanceOf(ResourceAccessException.class).cause().isInstanceOf(SigningRefusedException.class);
        assertThat(webClient).isInstanceOf(WebClientRequestException.class).cause().isInstanceOf(SigningRefusedException.class);
        assertThat(ELSEWHERE.requests()).isEmpty();
        assertThat(EXCHANGE.requests()).hasSize(3).allSatisfy(r -> assertThat(r.apiKeyHeader()).isPresent());
    }

    @Test
    void otherHostsAreNotSigned() {
        restClients.build().get().uri(elsewhere("/api/v3/ping?a=1")).retrieve().toBodilessEntity();
        assertThat(ELSEWHERE.requests()).singleElement().satisfies(request -> {
            assertThat(request.apiKeyHeader()).isEmpty();
            assertThat(request.rawQuery()).isEqualTo("a=1");
        });
    }

    @Test
    void policyAndLimitsRefuseAndAreCounted() {
        double scope = refusals("scope");
        double limit = refusals("limit");
        Throwable withdraw = catchThrowable(() -> restClients.build().post().uri(onExchange("/sapi/v1/capital/withdraw/apply"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("coin=BTC&amount=1").retrieve().toBodilessEntity());
        Throwable otherSymbol = catchThrowable(() -> webClients.build().post().uri(onExchange("/api/v3/order"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(ORDER.replace("BTCUSDT", "ETHUSDT")).retrieve()
                .toBodilessEntity().block(Duration.ofSeconds(20)));
        assertThat(withdraw).isInstanceOf(ResourceAccessException.class).cause().isInstanceOf(SigningRefusedException.class);
        assertThat(otherSymbol).isInstanceOf(WebClientRequestException.class).hasCauseInstanceOf(SigningRefusedException.class)
                .hasMessageContaining("ETHUSDT");
        assertThat(EXCHANGE.requests()).isEmpty();
        assertThat(refusals("scope")).isEqualTo(scope + 1);
        assertThat(refusals("limit")).isEqualTo(limit + 1);
    }

    @Test
    void metricsCountSignaturesByAlgorithm() {
        double before = meters.get("signet.signatures").tag("algorithm", "hmac-sha256").functionCounter().count();
        restClients.build().get().uri(onExchange("/api/v3/account")).retrieve().toBodilessEntity();
        assertThat(meters.get("signet.signatures").tag("algorithm", "hmac-sha256").functionCounter().count()).isEqualTo(before + 1);
        assertThat(meters.get("signet.key.rotations").functionCounter().count()).isZero();
        assertThat(meters.get("signet.key.age").timeGauge().value()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void healthReportsTheKeyAndNeverItsSecret() {
        Health health = healthIndicators.get("signetHealthIndicator").health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails().toString()).contains(SharedExchange.CREDENTIALS.secretFile().toString(), "sha256:", "hmac-sha256",
                "ordersToday").doesNotContain(SharedExchange.CREDENTIALS.secret(), SharedExchange.CREDENTIALS.apiKey());
    }

    private double refusals(String reason) {
        return meters.get("signet.refusals").tag("reason", reason).functionCounter().count();
    }
}
