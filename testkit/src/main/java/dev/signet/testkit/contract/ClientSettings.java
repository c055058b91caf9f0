package dev.signet.testkit.contract;

import dev.signet.testkit.LoopbackTls;

/**
 * How the contract wants the client under test built.
 *
 * <pre>{@code builder.sslSocketFactory(settings.tls().clientContext().getSocketFactory(), settings.tls().trustManager())}</pre>
 *
 * @param retries whether the client retries by itself (its default); false: built with its retries disabled
 * @param tls the certificate of the contract's https listener, which the client must trust
 */
public record ClientSettings(boolean retries, LoopbackTls tls) {}
