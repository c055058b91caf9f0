/** Signet module dev.signet.signing.rsa. */
module dev.signet.signing.rsa {
    requires transitive dev.signet.core;
    requires dev.signet.keys;
}
