package dev.signet.scan;

import dev.signet.scan.GoTokens.Token;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The true- and false-positive samples of gitleaks' rule tests, read from a gitleaks checkout at run time (nothing
 * of it is copied here). Each rule function {@code func X() *config.Rule} declares {@code tps} and {@code fps} as
 * string lists built from literals, {@code +}, {@code append}, and a few helpers: the sample-line templates of
 * {@code utils.GenerateSampleSecrets} (read from {@code cmd/generate/config/utils/generate.go}), the pattern helpers
 * ({@code utils.Hex("24")}, from {@code patterns.go}) and random secrets for a regex ({@code secrets.NewSecret},
 * drawn with a seeded {@link RegexSampler}). A sample built with anything else is counted as unparsed.
 *
 * <pre>{@code Map<String, GoSamples.Rule> rules = new GoSamples(checkout, new Random(1)).rules("aws.go");}</pre>
 */
final class GoSamples {
    private final Path rulesDir;
    private final Random random;
    private final Map<String, String> templates = new LinkedHashMap<>();
    private final Map<String, Function<List<String>, String>> helpers = new LinkedHashMap<>();
    private String singleTemplate;

    /**
     * One rule's samples.
     *
     * @param id the gitleaks rule id
     * @param truePositives what the rule must find
     * @param falsePositives what it must not
     * @param unparsed samples built with helpers this reader does not know
     */
    record Rule(String id, List<String> truePositives, List<String> falsePositives, int unparsed) {}

    GoSamples(Path checkout, Random random) throws IOException {
        Path config = checkout.resolve("cmd/generate/config");
        this.rulesDir = config.resolve("rules");
        this.random = random;
        readTemplates(GoTokens.of(Files.readString(config.resolve("utils/generate.go"))));
        readPatternHelpers(GoTokens.of(Files.readString(config.resolve("utils/patterns.go"))));
    }

    /** Every rule function of {@code rules/<file>}, by rule id. */
    Map<String, Rule> rules(String file) throws IOException {
        List<Token> tokens = GoTokens.of(Files.readString(rulesDir.resolve(file)));
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("func") && i + 1 < tokens.size() && tokens.get(i + 1).kind() == GoTokens.Kind.IDENT) {
                int open = indexOf(tokens, "{", i);
                int close = matching(tokens, open);
                Rule rule = rule(tokens.subList(open + 1, close));
                if (rule != null) {
                    rules.put(rule.id(), rule);
                }
                i = close;
            }
        }
        return rules;
    }

    private Rule rule(List<Token> body) {
        String id = null;
        Map<String, List<String>> lists = new LinkedHashMap<>(Map.of("tps", new ArrayList<>(), "fps", new ArrayList<>()));
        int[] unparsed = {0};
        for (int i = 0; i + 2 < body.size(); i++) {
            Token t = body.get(i);
            if (t.is("RuleID") && body.get(i + 1).is(":")) {
                id = body.get(i + 2).text();
            } else if ((t.is("tps") || t.is("fps")) && (body.get(i + 1).is(":=") || body.get(i + 1).is("="))) {
                int end = statementEnd(body, i + 2);
                assign(lists.get(t.text()), body.subList(i + 2, end), unparsed);
                i = end - 1;
            }
        }
        return id == null ? null : new Rule(id, lists.get("tps"), lists.get("fps"), unparsed[0]);
    }

    /** {@code []string{…}}, {@code append(tps, …)}, a helper call, {@code nil}, or a map of paths (not line samples). */
    private void assign(List<String> target, List<Token> expr, int[] unparsed) {
        if (expr.get(0).is("[") && expr.get(2).is("string")) {
            int open = indexOf(expr, "{", 0);
            elements(target, expr.subList(open + 1, matching(expr, open)), unparsed);
        } else if (expr.get(0).is("append")) {
            List<Token> args = expr.subList(2, matching(expr, 1));
            elements(target, args.subList(indexOf(args, ",", 0) + 1, args.size()), unparsed);
        } else if (!expr.get(0).is("nil") && !expr.get(0).is("map")) {
            elements(target, expr, unparsed);
        }
    }

    private void elements(List<String> target, List<Token> tokens, int[] unparsed) {
        for (List<Token> element : split(tokens)) {
            try {
                target.addAll(evaluate(element));
            } catch (IllegalArgumentException unknown) {
                unparsed[0]++;
            }
        }
    }

    /** A sum of strings and calls, with an optional trailing {@code ...}; a call may give several strings. */
    private List<String> evaluate(List<Token> expr) {
        List<Token> terms = expr.get(expr.size() - 1).is("...") ? expr.subList(0, expr.size() - 1) : expr;
        List<String> result = null;
        for (List<Token> term : split(terms, "+")) {
            List<String> value = term(term);
            if (result == null) {
                result = value;
            } else if (result.size() == 1 && value.size() == 1) {
                result = List.of(result.get(0) + value.get(0));
            } else {
                throw new IllegalArgumentException("a sum of lists");
            }
        }
        if (result == null) {
            throw new IllegalArgumentException("empty");
        }
        return result;
    }

    private List<String> term(List<Token> term) {
        if (term.size() == 1 && term.get(0).kind() == GoTokens.Kind.STRING) {
            return List.of(term.get(0).text());
        }
        if (term.size() < 3 || term.get(0).kind() != GoTokens.Kind.IDENT || !term.get(1).is("(") || matching(term, 1) != term.size() - 1) {
            throw new IllegalArgumentException("not a string or a call");
        }
        List<String> args = new ArrayList<>();
        for (List<Token> arg : split(term.subList(2, term.size() - 1))) {
            args.add(evaluate(arg).get(0));
        }
        String name = term.get(0).text();
        return switch (name) {
            case "utils.GenerateSampleSecrets" -> templates.values().stream().map(t -> fill(t, args.get(0), args.get(1))).toList();
            case "utils.GenerateSampleSecret" -> List.of(singleTemplate.replaceFirst("%s", args.get(0)).replace("%s", args.get(1)));
            case "secrets.NewSecret" -> List.of(new RegexSampler(args.get(0), random).sample());
            case "newPlausibleSecret" -> List.of(plausible(args.get(0)));
            default -> {
                Function<List<String>, String> helper = helpers.get(name.replaceFirst("^utils\\.", ""));
                if (helper == null) {
                    throw new IllegalArgumentException("unknown helper " + name);
                }
                yield List.of(helper.apply(args));
            }
        };
    }

    /** A random secret for {@code regex} with a digit in it, as gitleaks' own helper makes them. */
    private String plausible(String regex) {
        String secret;
        do {
            secret = new RegexSampler(regex, random).sample();
        } while (!secret.matches("(?s).*[1-9].*"));
        return secret;
    }

    private static String fill(String template, String identifier, String secret) {
        return template.replace("{i}", identifier).replace("{I}", identifier.toUpperCase(java.util.Locale.ROOT)).replace("{s}", secret);
    }

    /** The {@code samples := map[string]string{…}} templates and the single {@code fmt.Sprintf} of GenerateSampleSecret. */
    private void readTemplates(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("samples") && tokens.get(i + 1).is(":=")) {
                int open = indexOf(tokens, "{", i);
                List<Token> entries = tokens.subList(open + 1, matching(tokens, open));
                for (int j = 0; j + 2 < entries.size(); j++) {
                    if (entries.get(j).kind() == GoTokens.Kind.STRING && entries.get(j + 1).is(":")) {
                        templates.put(entries.get(j).text(), entries.get(j + 2).text());
                        j += 2;
                    }
                }
            } else if (tokens.get(i).is("GenerateSampleSecret") && tokens.get(i - 1).is("func")) {
                singleTemplate = tokens.get(indexOf(tokens, "fmt.Sprintf", i) + 2).text();
            }
        }
    }

    /** {@code func Hex(size string) string { return fmt.Sprintf(`[a-f0-9]{%s}`, size) }} and zero-argument literals. */
    private void readPatternHelpers(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is("func")) {
                String name = tokens.get(i + 1).text();
                int ret = indexOf(tokens, "return", i);
                if (tokens.get(ret + 1).kind() == GoTokens.Kind.STRING) {
                    String literal = tokens.get(ret + 1).text();
                    helpers.put(name, args -> literal);
                } else if (tokens.get(ret + 1).is("fmt.Sprintf")) {
                    String format = tokens.get(ret + 3).text();
                    helpers.put(name, args -> format.replace("%s", args.get(0)));
                }
            }
        }
    }

    /** Where the expression assigned at {@code from} ends: after {@code nil}, its composite literal's braces, or the call's parentheses. */
    private static int statementEnd(List<Token> tokens, int from) {
        Token first = tokens.get(from);
        if (first.is("nil")) {
            return from + 1;
        }
        if (first.is("[") || first.is("map")) {
            return matching(tokens, indexOf(tokens, "{", from)) + 1;
        }
        return matching(tokens, indexOf(tokens, "(", from)) + 1;
    }

    private static List<List<Token>> split(List<Token> tokens) {
        return split(tokens, ",");
    }

    /** Top-level pieces of {@code tokens} between {@code separator}s (brackets nest). */
    private static List<List<Token>> split(List<Token> tokens, String separator) {
        List<List<Token>> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("(") || t.is("{") || t.is("[")) {
                depth++;
            } else if (t.is(")") || t.is("}") || t.is("]")) {
                depth--;
            } else if (depth == 0 && t.is(separator)) {
                if (i > start) {
                    parts.add(tokens.subList(start, i));
                }
                start = i + 1;
            }
        }
        if (start < tokens.size()) {
            parts.add(tokens.subList(start, tokens.size()));
        }
        return parts;
    }

    private static int indexOf(List<Token> tokens, String text, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).is(text)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no " + text);
    }

    private static int matching(List<Token> tokens, int open) {
        String o = tokens.get(open).text();
        String c = o.equals("(") ? ")" : o.equals("{") ? "}" : "]";
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is(o)) {
                depth++;
            } else if (tokens.get(i).is(c) && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced " + o);
    }
}
