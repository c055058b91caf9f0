package dev.signet.spring.autoconfigure;

import dev.signet.binance.HttpRequestSigner;
import dev.signet.binance.RequestSigner;
import dev.signet.binance.ServerTimeOffset;
import dev.signet.binance.SignerSettings;
import dev.signet.binance.WebSocketRequestSigner;
import dev.signet.binance.guard.RequestGuard;
import dev.signet.binance.guard.Scope;
import dev.signet.binance.guard.SigningPolicy;
import dev.signet.binance.guard.LimitStore;
import dev.signet.binance.guard.TradingLimits;
import dev.signet.core.CredentialsException;
import dev.signet.core.SignetException;
import dev.signet.credentials.CredentialsProvider;
import dev.signet.credentials.DefaultCredentialsProvider;
import dev.signet.credentials.FileCredentialsProvider;
import dev.signet.credentials.ProviderSettings;
import dev.signet.spring.KeyRotation;
import dev.signet.spring.internal.ConfigurationSecrets;
import dev.signet.spring.internal.ServerTimeSync;
import dev.signet.spring.internal.SigningEvents;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Signet's beans from {@code signet.*}: where the credentials come from, the rotating key, the signing policy,
 * trading limits, the server-time offset, and the REST, WebSocket and HTTP request signers. Every bean backs off when
 * the application defines its own of the same type. Before any of them, a secret written into Spring configuration
 * under {@code signet.*} stops the startup.
 *
 * <pre>{@code @Autowired HttpRequestSigner signer; // or inject RestClient.Builder: requests to the exchange are signed}</pre>
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "signet", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(SignetProperties.class)
public class SignetAutoConfiguration {
    private static final Set<Scope> NAMED_OPTION_ONLY = EnumSet.of(Scope.WITHDRAW, Scope.TRANSFER, Scope.UNKNOWN);

    /** Refuses a secret in Spring configuration before anything is built. */
    public SignetAutoConfiguration(Environment environment, SignetProperties properties) {
        if (environment instanceof ConfigurableEnvironment configurable) {
            ConfigurationSecrets.refuseIn(configurable, properties.getCredentials().getPrefix());
        }
    }

    @Bean
    @ConditionalOnMissingBean
    CredentialsProvider signetCredentialsProvider(SignetProperties properties) {
        SignetProperties.Credentials c = properties.getCredentials();
        List<Path> files = credentialFiles(c);
        if (files.isEmpty() && c.getKeyUri() == null) {
            return DefaultCredentialsProvider.builder()
                    .prefix(c.getPrefix() == null ? ProviderSettings.DEFAULT_PREFIX : c.getPrefix()).build();
        }
        if (c.getPrefix() != null) {
            throw new CredentialsException("both signet.credentials.prefix and signet.credentials.*-file or key-uri are set; "
                    + "credentials come from one place: remove the prefix or the files");
        }
        FileCredentialsProvider.Builder builder = FileCredentialsProvider.builder();
        if (c.getApiKeyFile() != null) {
            builder.apiKeyFile(c.getApiKeyFile());
        }
        if (c.getApiSecretFile() != null) {
            builder.apiSecretFile(c.getApiSecretFile());
        }
        if (c.getPrivateKeyFile() != null) {
            builder.privateKeyFile(c.getPrivateKeyFile());
        }
        if (c.getPassphraseFile() != null) {
            builder.passphraseFile(c.getPassphraseFile());
        }
        if (c.getKeyUri() != null) {
            builder.privateKeyUri(c.getKeyUri());
        }
        if (c.getPkcs11PinFile() != null) {
            builder.pkcs11PinFile(c.getPkcs11PinFile());
        }
        if (c.getPkcs11Module() != null) {
            builder.pkcs11Module(c.getPkcs11Module());
        }
        return builder.build();
    }

    private static List<Path> credentialFiles(SignetProperties.Credentials c) {
        return Stream.of(c.getApiKeyFile(), c.getApiSecretFile(), c.getPrivateKeyFile(), c.getPassphraseFile(), c.getPkcs11PinFile())
                .filter(Objects::nonNull).toList();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    KeyRotation signetKeyRotation(CredentialsProvider signetCredentialsProvider, SignetProperties properties) {
        SignetProperties.Rotation r = properties.getRotation();
        List<Path> watched = r.getWatch().isEmpty() ? credentialFiles(properties.getCredentials()) : r.getWatch();
        return KeyRotation.builder().source(signetCredentialsProvider).watch(watched).pollInterval(r.getPollInterval())
                .keyAgeWarning(r.getKeyAgeWarning()).keyMaxAge(r.getKeyMaxAge()).build();
    }

    @Bean
    @ConditionalOnMissingBean
    SigningEvents signetSigningEvents() {
        return new SigningEvents();
    }

    @Bean
    @ConditionalOnMissingBean
    SigningPolicy signetSigningPolicy(SignetProperties properties, ObjectProvider<TradingLimits> limits) {
        SignetProperties.Policy p = properties.getPolicy();
        SigningPolicy.Builder policy = SigningPolicy.builder();
        for (Scope scope : p.getScopes()) {
            if (NAMED_OPTION_ONLY.contains(scope)) {
                throw new SignetException("signet.policy.scopes cannot list " + scope + ": set signet.policy.allow-withdrawals-and-transfers "
                        + "or signet.policy.allow-unknown-endpoints, and only in an application that must");
            }
            policy.allow(scope);
        }
        for (Scope byDefault : SigningPolicy.defaults().allowedScopes()) {
            if (!p.getScopes().contains(byDefault)) {
                policy.deny(byDefault);
            }
        }
        if (p.isAllowWithdrawalsAndTransfers()) {
            policy.allowWithdrawalsAndTransfers();
        }
        if (p.isAllowUnknownEndpoints()) {
            policy.allowUnknownEndpoints();
        }
        limits.ifAvailable(policy::tradingLimits);
        return policy.build();
    }

    @Bean
    @ConditionalOnMissingBean
    @Conditional(LimitsConfigured.class)
    TradingLimits signetTradingLimits(SignetProperties properties, ObjectProvider<LimitStore> stores) {
        SignetProperties.Limits l = properties.getLimits();
        TradingLimits.Builder limits = TradingLimits.builder();
        LimitStore store = stores.getIfAvailable();
        if (l.getStore() == SignetProperties.Limits.Store.REDIS && store == null) {
            throw new SignetException("signet.limits.store=redis needs signet-limits-redis on the class path (dev.signet:"
                    + "signet-limits-redis), or a LimitStore bean of the application's own");
        }
        if (!l.getSymbols().isEmpty()) {
            limits.allowedSymbols(l.getSymbols());
        }
        if (l.getMaxNotionalPerOrder() != null) {
            limits.maxNotionalPerOrder(l.getMaxNotionalPerOrder());
        }
        if (l.getMaxOpenNotionalPerSymbol() != null) {
            limits.maxOpenNotionalPerSymbol(l.getMaxOpenNotionalPerSymbol());
        }
        if (store != null) {
            if (l.getStateFile() != null) {
                throw new SignetException("both signet.limits.state-file and a shared limit store (signet.limits.store=redis, or a "
                        + "LimitStore bean) are set; the counts are kept in one place: remove the state file");
            }
            limits.limitStore(store);
            if (l.getMaxOrdersPerUtcDay() != null) {
                limits.maxOrdersPerUtcDay(l.getMaxOrdersPerUtcDay());
            }
        } else if (l.getMaxOrdersPerUtcDay() != null) {
            if (l.getStateFile() == null) {
                throw new SignetException("signet.limits.max-orders-per-utc-day needs signet.limits.state-file, so a restart does "
                        + "not reset the day's count; name a file this application may write");
            }
            limits.maxOrdersPerUtcDay(l.getMaxOrdersPerUtcDay(), l.getStateFile());
        }
        return limits.build();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "signet.time", name = "server-time-url")
    ServerTimeSync signetServerTimeSync(SignetProperties properties) {
        if (properties.getTime().getServerTimeUrl().getRawUserInfo() != null) {
            throw new SignetException("signet.time.server-time-url carries user information (user:password@); the exchange's "
                    + "time endpoint needs none, and the URL is logged when a measurement fails. Remove it");
        }
        return ServerTimeSync.start(properties.getTime().getServerTimeUrl(), properties.getTime().getRefreshInterval(), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    ServerTimeOffset signetServerTimeOffset(ObjectProvider<ServerTimeSync> sync) {
        ServerTimeSync measured = sync.getIfAvailable();
        return measured == null ? ServerTimeOffset.none(Clock.systemUTC()) : measured.offset();
    }

    @Bean
    @ConditionalOnMissingBean
    RequestSigner signetRequestSigner(SignetProperties properties, KeyRotation keys, SigningPolicy policy, ServerTimeOffset time,
            SigningEvents events) {
        RequestSigner.Builder signer = settings(RequestSigner.builder(), keys, policy, time, events)
                .timestampUnit(properties.getTimestampUnit());
        if (properties.getRecvWindow() != null) {
            try {
                signer.recvWindow(BigDecimal.valueOf(properties.getRecvWindow().toNanos()).movePointLeft(6).stripTrailingZeros());
            } catch (IllegalArgumentException e) {
                throw new SignetException("signet.recv-window: " + e.getMessage());
            }
        }
        return signer.build();
    }

    @Bean
    @ConditionalOnMissingBean
    WebSocketRequestSigner signetWebSocketRequestSigner(SignetProperties properties, KeyRotation keys, SigningPolicy policy,
            ServerTimeOffset time, SigningEvents events) {
        return settings(WebSocketRequestSigner.builder(), keys, policy, time, events).api(properties.getWebSocketApi()).build();
    }

    /** What both request signers share: the rotating key, counted; the policy (limits inside it), observed; the clock. */
    private static <B extends SignerSettings<B>> B settings(B builder, KeyRotation keys, SigningPolicy policy, ServerTimeOffset time,
            SigningEvents events) {
        return builder.keyedSignerSource(events.counting(keys.keyedSigners())).serverTimeOffset(time).guard(events.observing(policy));
    }

    @Bean
    @ConditionalOnMissingBean
    HttpRequestSigner signetHttpRequestSigner(SignetProperties properties, RequestSigner signetRequestSigner) {
        HttpRequestSigner.Builder http = HttpRequestSigner.builder().requestSigner(signetRequestSigner);
        if (!properties.getAllowedHosts().isEmpty()) {
            http.allowedHosts(properties.getAllowedHosts());
        }
        return http.build();
    }
}
