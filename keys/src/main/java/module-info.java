/** Signet module dev.signet.keys. */
module dev.signet.keys {
    requires transitive dev.signet.core;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
}
