/**
 * The committed-secret scanner behind {@code signet scan} and the Maven plugin's {@code scan} goal: walks a tree,
 * reports {@code path:line:rule:fingerprint} for each finding, never the value. Nothing a bot needs at run time.
 */
module dev.signet.scan {
    requires dev.signet.core;

    exports dev.signet.scan;
}
