package dev.signet.spring.autoconfigure;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.core.SignetException;
import dev.signet.spring.SigningClientHttpRequestInterceptor;
import dev.signet.spring.SigningExchangeFilterFunction;
import dev.signet.spring.internal.ExchangeOriginConnector;
import dev.signet.spring.internal.ExchangeOriginRequestFactory;
import dev.signet.spring.internal.ExchangeTransports;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.http.client.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.boot.autoconfigure.http.client.reactive.ClientHttpConnectorBuilderCustomizer;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorSettings;
import org.springframework.boot.web.codec.CodecCustomizer;
import org.springframework.boot.web.client.RestClientCustomizer;
import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.boot.web.reactive.function.client.WebClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.reactive.function.client.ExchangeFunctions;
import org.springframework.web.reactive.function.client.ExchangeStrategies;

/**
 * Signing for the HTTP clients Spring Boot builds. "For exchange hosts only" is decided per request, on the origin
 * the client connects to, never per builder (a builder does not know its base URL when it is customized, and one
 * client may call several hosts): every {@code RestClient.Builder}, {@code RestTemplate} and {@code WebClient.Builder}
 * Boot makes gets Signet's interceptor or filter, which signs requests to the allowed hosts and lets every other request
 * pass unchanged. Boot's request-factory and connector builders are wrapped so that requests to exchange origins never
 * follow redirects inside the HTTP library — Signet follows them hop by hop, so nothing signed reaches another origin —
 * while requests to other hosts keep the redirect handling the application configured. The interceptor and filter send
 * exchange requests through a client of their own, built from Boot's settings with redirects off, so a request factory
 * or connector the application puts on a builder later cannot follow an exchange redirect with the key either; that
 * client takes Boot's {@code spring.http.client.*} / {@code spring.http.reactiveclient.*} timeouts, or 10 s to connect
 * and 30 s to read when they are not set (timeouts set in code on one builder's own factory do not reach it).
 * Off with {@code signet.http.customize-builders=false}; the interceptor and filter beans stay for manual use.
 *
 * <pre>{@code RestClient exchange = restClientBuilder.baseUrl("https://api.binance.com").build(); // signed}</pre>
 */
@AutoConfiguration(after = SignetAutoConfiguration.class)
@ConditionalOnBean(HttpRequestSigner.class)
public class SignetHttpClientsAutoConfiguration {
    /** For Signet's own exchange client when {@code spring.http.client.connect-timeout} (or the reactive one) is not set. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** For Signet's own exchange client when no read timeout is set: a bot must not hang on the exchange forever. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private static Duration orDefault(Duration configured, Duration fallback) {
        return configured != null ? configured : fallback;
    }

    /** {@code RestClient} and {@code RestTemplate}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.web.client.RestClient")
    static class Blocking {
        @Bean
        @ConditionalOnMissingBean
        SigningClientHttpRequestInterceptor signetClientHttpRequestInterceptor(HttpRequestSigner signer,
                ObjectProvider<ExchangeTransports.Blocking> transport) {
            ExchangeTransports.Blocking direct = transport.getIfAvailable();
            return direct == null ? SigningClientHttpRequestInterceptor.create(signer)
                    : SigningClientHttpRequestInterceptor.create(signer, direct.requests());
        }

        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(name = "org.springframework.boot.web.client.RestClientCustomizer")
        @ConditionalOnProperty(prefix = "signet.http", name = "customize-builders", matchIfMissing = true)
        static class Builders {
            @Bean
            @Order(Ordered.LOWEST_PRECEDENCE)
            ClientHttpRequestFactoryBuilderCustomizer<ClientHttpRequestFactoryBuilder<?>> signetRequestFactoryRouting(HttpRequestSigner signer) {
                return builder -> settings -> {
                    ClientHttpRequestFactorySettings usual = settings == null ? ClientHttpRequestFactorySettings.defaults() : settings;
                    return new ExchangeOriginRequestFactory(signer, builder.build(usual),
                            builder.build(usual.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)));
                };
            }

            @Bean
            ExchangeTransports.Blocking signetExchangeRequests(ObjectProvider<ClientHttpRequestFactoryBuilder<?>> builder,
                    ObjectProvider<ClientHttpRequestFactorySettings> settings) {
                ClientHttpRequestFactorySettings usual = settings.getIfAvailable(ClientHttpRequestFactorySettings::defaults);
                return new ExchangeTransports.Blocking(builder.getIfAvailable(ClientHttpRequestFactoryBuilder::detect)
                        .build(usual.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                                .withTimeouts(orDefault(usual.connectTimeout(), CONNECT_TIMEOUT), orDefault(usual.readTimeout(), READ_TIMEOUT))));
            }

            @Bean
            RestClientCustomizer signetRestClientCustomizer(SigningClientHttpRequestInterceptor interceptor) {
                return builder -> builder.requestInterceptor(interceptor);
            }

            @Bean
            RestTemplateCustomizer signetRestTemplateCustomizer(SigningClientHttpRequestInterceptor interceptor) {
                return template -> template.getInterceptors().add(interceptor);
            }
        }
    }

    /**
     * Refuses to start where Spring Boot 3's client customizers are missing (Spring Boot 4 moved them): without the
     * redirect routing above, Boot's clients would follow exchange redirects inside the HTTP library, carrying the API
     * key along. {@code signet.http.customize-builders=false} lets such an application wire the interceptor and
     * filter itself, with clients that do not follow redirects.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.web.client.RestClient")
    @ConditionalOnMissingClass("org.springframework.boot.web.client.RestClientCustomizer")
    @ConditionalOnProperty(prefix = "signet.http", name = "customize-builders", matchIfMissing = true)
    static class UnsupportedSpringBoot {
        UnsupportedSpringBoot() {
            throw new SignetException("signet-spring-boot-starter customizes the HTTP clients of Spring Boot 3.x, and this Spring Boot "
                    + "has no org.springframework.boot.web.client.RestClientCustomizer (Spring Boot 4 moved it); its clients would "
                    + "follow exchange redirects with the API key. Use Spring Boot 3.x, or set signet.http.customize-builders=false "
                    + "and add SigningClientHttpRequestInterceptor or SigningExchangeFilterFunction yourself to clients that do not "
                    + "follow redirects");
        }
    }

    /** {@code WebClient}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.springframework.web.reactive.function.client.WebClient", "reactor.core.publisher.Mono"})
    static class Reactive {
        @Bean
        @ConditionalOnMissingBean
        SigningExchangeFilterFunction signetExchangeFilterFunction(HttpRequestSigner signer, ObjectProvider<ExchangeTransports.Reactive> transport) {
            ExchangeTransports.Reactive direct = transport.getIfAvailable();
            return direct == null ? SigningExchangeFilterFunction.create(signer) : SigningExchangeFilterFunction.create(signer, direct.exchange());
        }

        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(name = "org.springframework.boot.web.reactive.function.client.WebClientCustomizer")
        @ConditionalOnProperty(prefix = "signet.http", name = "customize-builders", matchIfMissing = true)
        static class Builders {
            @Bean
            @Order(Ordered.LOWEST_PRECEDENCE)
            ClientHttpConnectorBuilderCustomizer<ClientHttpConnectorBuilder<?>> signetConnectorRouting(HttpRequestSigner signer) {
                return builder -> settings -> {
                    ClientHttpConnectorSettings usual = settings == null ? ClientHttpConnectorSettings.defaults() : settings;
                    return new ExchangeOriginConnector(signer, builder.build(usual), builder.build(usual.withRedirects(HttpRedirects.DONT_FOLLOW)));
                };
            }

            @Bean
            ExchangeTransports.Reactive signetExchangeFunction(ObjectProvider<ClientHttpConnectorBuilder<?>> builder,
                    ObjectProvider<ClientHttpConnectorSettings> settings, ObjectProvider<CodecCustomizer> codecs) {
                ClientHttpConnectorSettings usual = settings.getIfAvailable(ClientHttpConnectorSettings::defaults);
                ExchangeStrategies strategies = ExchangeStrategies.builder()
                        .codecs(configurer -> codecs.orderedStream().forEach(codec -> codec.customize(configurer))).build();
                return new ExchangeTransports.Reactive(ExchangeFunctions.create(builder.getIfAvailable(ClientHttpConnectorBuilder::detect)
                        .build(usual.withRedirects(HttpRedirects.DONT_FOLLOW).withTimeouts(orDefault(usual.connectTimeout(), CONNECT_TIMEOUT),
                                orDefault(usual.readTimeout(), READ_TIMEOUT))), strategies));
            }

            @Bean
            WebClientCustomizer signetWebClientCustomizer(SigningExchangeFilterFunction filter) {
                return builder -> builder.filter(filter);
            }
        }
    }
}
