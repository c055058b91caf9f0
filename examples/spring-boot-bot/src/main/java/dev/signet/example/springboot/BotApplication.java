package dev.signet.example.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot trading bot. It never touches a key: the Signet starter reads the credentials from the environment
 * ({@code BINANCE_API_KEY} and {@code BINANCE_API_SECRET_FILE}, see {@code application.yml}), refuses to start on a
 * placeholder, an insecure file or a secret in {@code application.yml}, and signs what {@link OrderPlacer}'s
 * {@code RestClient} sends to the exchange.
 *
 * <pre>{@code BINANCE_API_KEY=… BINANCE_API_SECRET_FILE=/run/secrets/binance-secret java -jar bot.jar}</pre>
 */
@SpringBootApplication
public class BotApplication {
    /** Starts the bot. */
    public static void main(String[] args) {
        SpringApplication.run(BotApplication.class, args);
    }
}
