package dev.signet.cli;

import dev.signet.binance.guard.Scope;
import dev.signet.binance.guard.SigningPolicy;
import dev.signet.core.CredentialMetadata;
import dev.signet.core.Credentials;
import dev.signet.core.Signers;
import dev.signet.core.SignetException;
import dev.signet.core.SigningKey;
import dev.signet.credentials.DefaultCredentialsProvider;
import dev.signet.credentials.Environment;
import dev.signet.credentials.SourceReport;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code signet doctor}: every source tried, what it holds (fingerprints only), problems, key age, a verdict. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Show every credentials source, what it holds (fingerprints only), problems and key age.")
final class DoctorCommand implements Callable<Integer> {
    private static final Pattern PLACEHOLDER_NAMES = Pattern.compile("(?<![A-Za-z0-9_])P_(API_KEY|API_SECRET|PRIVATE_KEY|KEY_CREATED)");

    @ParentCommand
    SignetCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--prefix", defaultValue = "SIGNET", paramLabel = "P", description = "Variable prefix (default SIGNET).")
    String prefix;
    @Option(names = "--key-uri", paramLabel = "pkcs11:…", description = "Check this key in a PKCS#11 token instead of the sources.")
    String keyUri;
    @Option(names = "--pin-env", paramLabel = "NAME", description = "Variable holding the token's PIN (with --key-uri).")
    String pinEnv;
    @Mixin
    Verbose verbose;

    @Override
    public Integer call() {
        if (keyUri != null) {
            return tokenKey();
        }
        Map<String, String> properties = new java.util.HashMap<>();
        System.getProperties().stringPropertyNames().forEach(name -> properties.put(name, System.getProperty(name)));
        Environment environment = Environment.of(root.env, properties);
        DefaultCredentialsProvider provider = DefaultCredentialsProvider.builder().prefix(prefix).environment(environment).build();
        List<SourceReport> reports = provider.diagnose(Clock.systemUTC(), CredentialMetadata.DEFAULT_MAX_AGE);
        PrintWriter out = spec.commandLine().getOut();
        reports.forEach(r -> out.println(line(r.outcome().toString(), r.source(), r.detail())));
        Set<Scope> signed = EnumSet.copyOf(SigningPolicy.defaults().allowedScopes()); // declaration order, stable
        out.println("policy: signers built without .guard(...) (in code and by binance sign-*) apply SigningPolicy.defaults(): they sign "
                + signed + " and refuse " + EnumSet.complementOf(EnumSet.copyOf(signed)) + " unless code allows them; only "
                + "RequestGuard.unguarded() turns the guard off, and a signer built with it logs a warning");
        long errors = reports.stream().filter(r -> r.outcome() == SourceReport.Outcome.ERROR).count();
        Optional<SourceReport> found = reports.stream().filter(r -> r.outcome() == SourceReport.Outcome.FOUND).findFirst();
        if (errors > 0) {
            out.println("verdict: NOT OK — fix the " + errors + " problem(s) above");
            return ExitCodes.CREDENTIALS;
        }
        if (found.isEmpty()) {
            out.println("verdict: NOT OK — no credentials found; set " + prefix + "_API_KEY and " + prefix + "_API_SECRET or "
                    + prefix + "_PRIVATE_KEY_FILE");
            return ExitCodes.CREDENTIALS;
        }
        Optional<String> refused = signerRefusal(provider);
        if (refused.isPresent()) {
            out.println(line("REFUSED", found.get().source(), refused.get()));
            out.println("verdict: NOT OK — the signers refuse this key; make a new one with signet keygen");
            return ExitCodes.CREDENTIALS;
        }
        out.println("verdict: OK — signing with " + sourceName(found.get().source())
                + (found.get().detail().contains("rotate it") ? " (rotate the key)" : ""));
        return ExitCodes.OK;
    }

    /** Why the signers would refuse the key the chain resolves (too short, unsupported), judged by the signers themselves. */
    private static Optional<String> signerRefusal(DefaultCredentialsProvider provider) {
        try (Credentials credentials = provider.resolveCredentials()) {
            Signers.forKey(credentials.signingKey()).close();
            return Optional.empty();
        } catch (SignetException e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * One source on one line: outcome, the source named once, then what it holds or why not. Library messages name
     * variables with DESIGN's placeholder prefix ({@code P_PRIVATE_KEY_PASSPHRASE}); the line names the real ones.
     */
    private String line(String outcome, String source, String detail) {
        String name = sourceName(source);
        String inner = inner(source);
        String rest = detail.startsWith(inner + ": ") ? detail.substring(inner.length() + 2) : detail;
        return String.format("%-7s %s: %s", outcome, name, PLACEHOLDER_NAMES.matcher(rest).replaceAll(prefix + "_$1"));
    }

    /** {@code environment variables BINANCE_*} from {@code EnvironmentCredentialsProvider[environment variables BINANCE_*]}. */
    private static String sourceName(String source) {
        return inner(source).replace("system propertys", "system properties");
    }

    private static String inner(String source) {
        int open = source.indexOf('[');
        return open > 0 && source.endsWith("]") ? source.substring(open + 1, source.length() - 1) : source;
    }

    /** One token key: where it is, its type, mechanism and fingerprint, and that it signs what its public key verifies. */
    private int tokenKey() {
        PrintWriter out = spec.commandLine().getOut();
        try (SigningKey key = TokenKeys.open(keyUri, pinEnv, root.env)) {
            out.println("FOUND --key-uri: " + key.algorithm() + " key " + key.fingerprint() + " in " + key.holder().orElseThrow());
            out.println("verdict: OK — the key signs, and its public key verifies the signature");
            return ExitCodes.OK;
        } catch (SignetException e) {
            out.println("ERROR --key-uri: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            out.println("verdict: NOT OK — fix the problem above");
            return ExitCodes.CREDENTIALS;
        }
    }
}
