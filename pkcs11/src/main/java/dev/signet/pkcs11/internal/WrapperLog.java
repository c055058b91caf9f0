package dev.signet.pkcs11.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes ipkcs11wrapper's log to slf4j. Its default logger prints its banner to stdout, which scripts read; its
 * INFO lines (banner, library path, C_Initialize flags) go to DEBUG here, its WARN and ERROR stay what they are.
 */
final class WrapperLog implements org.xipki.pkcs11.wrapper.Logger {
    private static final Logger LOG = LoggerFactory.getLogger("dev.signet.pkcs11.wrapper");

    @Override
    public void info(String format, Object... args) {
        LOG.debug(format, args);
    }

    @Override
    public void warn(String format, Object... args) {
        LOG.warn(format, args);
    }

    @Override
    public void error(String format, Object... args) {
        LOG.error(format, args);
    }

    @Override
    public void debug(String format, Object... args) {
        LOG.trace(format, args);
    }

    @Override
    public void trace(String format, Object... args) {
        LOG.trace(format, args);
    }

    @Override
    public boolean isDebugEnabled() {
        return LOG.isTraceEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return LOG.isDebugEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return LOG.isWarnEnabled();
    }

    @Override
    public boolean isTraceEnabled() {
        return LOG.isTraceEnabled();
    }
}
