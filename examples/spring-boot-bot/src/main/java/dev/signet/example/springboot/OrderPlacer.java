package dev.signet.example.springboot;

import dev.signet.binance.SigningRefusedException;
import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The bot's one job, run at startup: read the account, then place a limit order. The {@code RestClient} comes from
 * the builder Spring Boot makes, which the Signet starter has customized: requests to the exchange are signed (API
 * key header, {@code timestamp}, {@code signature}) and checked against the signing policy and trading limits first.
 *
 * <pre>{@code bot.exchange-url: https://api.binance.com}</pre>
 */
@Component
class OrderPlacer implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(OrderPlacer.class);

    private final RestClient exchange;
    private final String symbol;
    private final BigDecimal quantity;
    private final BigDecimal price;

    OrderPlacer(RestClient.Builder builder, @Value("${bot.exchange-url}") String exchangeUrl, @Value("${bot.symbol}") String symbol,
            @Value("${bot.quantity}") BigDecimal quantity, @Value("${bot.price}") BigDecimal price) {
        this.exchange = builder.baseUrl(exchangeUrl).build();
        this.symbol = symbol;
        this.quantity = quantity;
        this.price = price;
    }

    @Override
    public void run(ApplicationArguments args) {
        exchange.get().uri("/api/v3/account").retrieve().toBodilessEntity();
        MultiValueMap<String, String> order = new LinkedMultiValueMap<>();
        order.add("symbol", symbol);
        order.add("side", "BUY");
        order.add("type", "LIMIT");
        order.add("timeInForce", "GTC");
        order.add("quantity", quantity.toPlainString());
        order.add("price", price.toPlainString());
        try {
            String placed = exchange.post().uri("/api/v3/order").contentType(MediaType.APPLICATION_FORM_URLENCODED).body(order)
                    .retrieve().body(String.class);
            LOG.info("order placed: {}", placed);
        } catch (ResourceAccessException e) {
            if (!(e.getCause() instanceof SigningRefusedException refused)) {
                throw e;
            }
            LOG.warn("order not sent: {}", refused.getMessage());
        }
    }
}
