package dev.signet.spring.internal;

import dev.signet.core.CredentialMetadata;
import dev.signet.core.Credentials;
import dev.signet.core.SignetException;
import dev.signet.credentials.CredentialsProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link CredentialsProvider} that remembers what it resolved — the metadata (source, creation time) of the last
 * few keys by fingerprint, and why the last attempt failed — so health can report the active key's age and a
 * rejected reload without reading any secret again. Metadata holds no secret.
 */
public final class ResolvedCredentials implements CredentialsProvider {
    private static final int REMEMBERED = 4;

    private final CredentialsProvider source;
    private final Map<String, CredentialMetadata> byFingerprint = new LinkedHashMap<>();
    private String lastFingerprint;
    private String lastProblem;

    /** Records what {@code source} resolves. */
    public ResolvedCredentials(CredentialsProvider source) {
        this.source = source;
    }

    @Override
    public Credentials resolveCredentials() {
        Credentials credentials;
        try {
            credentials = source.resolveCredentials();
        } catch (SignetException e) {
            failed(e.getMessage());
            throw e;
        } catch (RuntimeException | Error e) { // a parser's message may quote key bytes: keep the type only
            failed(e.getClass().getSimpleName() + " while loading the key");
            throw e;
        }
        resolved(credentials.metadata());
        return credentials;
    }

    private synchronized void resolved(CredentialMetadata metadata) {
        byFingerprint.remove(metadata.fingerprint());
        byFingerprint.put(metadata.fingerprint(), metadata);
        if (byFingerprint.size() > REMEMBERED) {
            byFingerprint.remove(byFingerprint.keySet().iterator().next());
        }
        lastFingerprint = metadata.fingerprint();
        lastProblem = null;
    }

    private synchronized void failed(String problem) {
        lastFingerprint = null;
        lastProblem = problem;
    }

    /** The metadata of a key resolved recently, by fingerprint. */
    public synchronized Optional<CredentialMetadata> metadataOf(String fingerprint) {
        return Optional.ofNullable(byFingerprint.get(fingerprint));
    }

    /** Why the last resolution failed, or empty when it succeeded. */
    public synchronized Optional<String> lastProblem() {
        return Optional.ofNullable(lastProblem);
    }

    /** The fingerprint of the last key resolved, or empty when the last attempt failed. */
    public synchronized Optional<String> lastFingerprint() {
        return Optional.ofNullable(lastFingerprint);
    }

    @Override
    public String toString() {
        return source.toString();
    }
}
