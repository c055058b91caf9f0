/** Signet module dev.signet.signing.hmac. */
module dev.signet.signing.hmac {
    requires transitive dev.signet.core;
}
