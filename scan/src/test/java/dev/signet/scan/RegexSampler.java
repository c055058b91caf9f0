package dev.signet.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random string matching a simple regular expression — literals, escapes, classes with ranges, groups with
 * alternatives, {@code ? * + {n} {n,m}} — the shapes rule tests use to describe secrets ({@code [A-Z2-7]{16}}).
 * Inline flags such as {@code (?i)} are ignored. Anything else is an {@link IllegalArgumentException}.
 *
 * <pre>{@code String s = new RegexSampler("[a-f0-9]{24}", new Random(1)).sample();}</pre>
 */
final class RegexSampler {
    private static final int UNBOUNDED = 8;
    private final String regex;
    private final Random random;
    private int pos;

    RegexSampler(String regex, Random random) {
        this.regex = regex;
        this.random = random;
    }

    String sample() {
        pos = 0;
        StringBuilder out = new StringBuilder();
        alternatives(out);
        if (pos != regex.length()) {
            throw new IllegalArgumentException("unsupported regex at " + pos + ": " + regex);
        }
        return out.toString();
    }

    private void alternatives(StringBuilder out) {
        List<Integer> starts = new ArrayList<>();
        int depth = 0;
        int start = pos;
        starts.add(start);
        int end = start;
        for (int i = start; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    end = i;
                    break;
                }
                depth--;
            } else if (c == '|' && depth == 0) {
                starts.add(i + 1);
            }
            end = i + 1;
        }
        int chosen = random.nextInt(starts.size());
        int from = starts.get(chosen);
        int to = chosen + 1 < starts.size() ? starts.get(chosen + 1) - 1 : end;
        pos = from;
        while (pos < to) {
            atom(out);
        }
        pos = end;
    }

    private int classEnd(int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        while (i < regex.length() && regex.charAt(i) != ']') {
            i += regex.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    private void atom(StringBuilder out) {
        char c = regex.charAt(pos);
        int atomStart = pos;
        String choices = null;
        if (c == '(') {
            pos++;
            if (regex.startsWith("?", pos)) {
                int colon = regex.indexOf(':', pos);
                int close = regex.indexOf(')', pos);
                if (close >= 0 && (colon < 0 || close < colon)) {
                    pos = close + 1; // an inline flag group such as (?i)
                    return;
                }
                pos = colon + 1;
            }
            int groupStart = pos;
            repeat(out, () -> {
                pos = groupStart;
                StringBuilder one = new StringBuilder();
                alternatives(one);
                pos++; // ')'
                return one.toString();
            });
            return;
        }
        if (c == '[') {
            int end = classEnd(pos);
            choices = expandClass(regex.substring(pos + 1, end));
            pos = end + 1;
        } else if (c == '\\') {
            choices = escape(regex.charAt(pos + 1));
            pos += 2;
        } else if (c == '.') {
            choices = "abcdefghijklmnopqrstuvwxyz0123456789";
            pos++;
        } else if ("?*+{)|".indexOf(c) >= 0 || c == '^' || c == '$') {
            if (c == '^' || c == '$') {
                pos++;
                return;
            }
            throw new IllegalArgumentException("unsupported regex at " + atomStart + ": " + regex);
        } else {
            choices = String.valueOf(c);
            pos++;
        }
        String set = choices;
        repeat(out, () -> String.valueOf(set.charAt(random.nextInt(set.length()))));
    }

    /** Applies the quantifier after the atom (if any) to {@code one}, which produces one repetition. */
    private void repeat(StringBuilder out, java.util.function.Supplier<String> one) {
        int afterAtom = pos;
        String first = one.get();
        int min = 1;
        int max = 1;
        if (pos < regex.length()) {
            char q = regex.charAt(pos);
            if (q == '?') {
                min = 0;
                max = 1;
                pos++;
            } else if (q == '*') {
                min = 0;
                max = UNBOUNDED;
                pos++;
            } else if (q == '+') {
                min = 1;
                max = UNBOUNDED;
                pos++;
            } else if (q == '{') {
                int close = regex.indexOf('}', pos);
                String[] bounds = regex.substring(pos + 1, close).split(",", -1);
                min = Integer.parseInt(bounds[0].strip());
                max = bounds.length == 1 ? min : bounds[1].isBlank() ? min + UNBOUNDED : Integer.parseInt(bounds[1].strip());
                pos = close + 1;
            }
            if (pos < regex.length() && regex.charAt(pos) == '?') {
                pos++; // lazy: same strings
            }
        }
        int afterQuantifier = pos;
        int count = min + random.nextInt(max - min + 1);
        for (int i = 0; i < count; i++) {
            if (i == 0) {
                out.append(first);
            } else {
                pos = afterAtom;
                out.append(one.get());
            }
        }
        pos = afterQuantifier;
    }

    private static String escape(char c) {
        return switch (c) {
            case 'd' -> "0123456789";
            case 'w' -> "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
            case 's' -> " ";
            case 'n' -> "\n";
            case 't' -> "\t";
            default -> {
                if (Character.isLetterOrDigit(c)) {
                    throw new IllegalArgumentException("unsupported escape \\" + c);
                }
                yield String.valueOf(c);
            }
        };
    }

    private static String expandClass(String body) {
        if (body.startsWith("^")) {
            throw new IllegalArgumentException("negated class [" + body + "]");
        }
        StringBuilder set = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            String single;
            if (c == '\\') {
                single = escape(body.charAt(++i));
            } else {
                single = String.valueOf(c);
            }
            if (single.length() == 1 && i + 2 < body.length() && body.charAt(i + 1) == '-' && body.charAt(i + 2) != '\\') {
                for (char x = single.charAt(0); x <= body.charAt(i + 2); x++) {
                    set.append(x);
                }
                i += 2;
            } else {
                set.append(single);
            }
        }
        return set.toString();
    }
}
