package dev.signet.credentials;

import dev.signet.core.Credentials;

/** A provider that assembles credentials from one {@link CredentialSource}; each call reads the source again. */
abstract class SourceProvider implements CredentialsProvider {
    private final CredentialsAssembler assembler;
    private final CredentialSource source;

    SourceProvider(CredentialsAssembler assembler, CredentialSource source) {
        this.assembler = assembler;
        this.source = source;
    }

    @Override
    public final Credentials resolveCredentials() {
        return assembler.assemble(source.snapshot());
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + "[" + source.description() + "]";
    }
}
