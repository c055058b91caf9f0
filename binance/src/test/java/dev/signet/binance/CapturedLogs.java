package dev.signet.binance;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/** The test run's slf4j binding: every event at every level, kept in memory so tests can read what was logged. */
final class CapturedLogs {
    private static final List<String> LINES = new CopyOnWriteArrayList<>();

    private CapturedLogs() {}

    /** Every line logged so far, as {@code LEVEL logger: message}. */
    static List<String> lines() {
        return List.copyOf(LINES);
    }

    /** Registered in META-INF/services. */
    public static final class Provider implements SLF4JServiceProvider {
        private final ConcurrentHashMap<String, Logger> loggers = new ConcurrentHashMap<>();
        private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, Capturing::new);
        private final IMarkerFactory markers = new BasicMarkerFactory();
        private final MDCAdapter mdc = new NOPMDCAdapter();

        /** Found by slf4j's ServiceLoader. */
        public Provider() {
            // nothing to set up
        }

        @Override
        public ILoggerFactory getLoggerFactory() {
            return factory;
        }

        @Override
        public IMarkerFactory getMarkerFactory() {
            return markers;
        }

        @Override
        public MDCAdapter getMDCAdapter() {
            return mdc;
        }

        @Override
        public String getRequestedApiVersion() {
            return "2.0.99";
        }

        @Override
        public void initialize() {
            // stateless
        }
    }

    private static final class Capturing extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;

        Capturing(String name) {
            this.name = name;
        }

        @Override
        public boolean isTraceEnabled() {
            return true;
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments, Throwable thrown) {
            LINES.add(level + " " + name + ": " + MessageFormatter.basicArrayFormat(pattern, arguments));
        }
    }
}
