package dev.signet.binance.internal;

import java.util.List;
import java.util.Map;

/**
 * The parameters of a reusable request: names fixed in sending order (query first, then body), kept as one run of
 * {@code &name=value} pairs, percent-encoded as sent, so that writing a part of the request is one copy. A new value
 * is written aside and spliced in. Setting a value allocates nothing once the buffers have grown to its size. Not
 * thread-safe.
 *
 * <pre>{@code ParamSlots slots = new ParamSlots(request.queryParams(), request.bodyParams());
 * slots.newValue().decimal(1234, 4);
 * slots.commit(slots.indexOf("price"));}</pre>
 */
public final class ParamSlots {
    private static final byte[] AMPERSAND = {'&'};
    private final String[] names;
    /** Every parameter as {@code &name=value}, in sending order. */
    private final SentQuery pairs;
    private final int[] valueStarts;
    /** Where each value ends, which is where the next pair starts. */
    private final int[] valueEnds;
    private final SentQuery newValue = new SentQuery(32);
    private final int queryCount;

    /**
     * Slots for these parameters, with their values as the first values.
     *
     * @throws IllegalArgumentException when a name appears twice (setting it by name would be ambiguous)
     */
    public ParamSlots(List<Map.Entry<String, String>> query, List<Map.Entry<String, String>> body) {
        int n = query.size() + body.size();
        names = new String[n];
        valueStarts = new int[n];
        valueEnds = new int[n];
        queryCount = query.size();
        pairs = new SentQuery(64 * n + 16);
        for (int i = 0; i < n; i++) {
            Map.Entry<String, String> p = i < queryCount ? query.get(i) : body.get(i - queryCount);
            for (int j = 0; j < i; j++) {
                if (names[j].equals(p.getKey())) {
                    throw new IllegalArgumentException("parameter '" + p.getKey() + "' appears twice; a RequestWriter sets values by "
                            + "name, so each name must appear once");
                }
            }
            names[i] = p.getKey();
            pairs.ascii(AMPERSAND);
            pairs.name(p.getKey());
            valueStarts[i] = pairs.length();
            pairs.encoded(p.getValue());
            valueEnds[i] = pairs.length();
        }
    }

    /** The number of parameters. */
    public int size() {
        return names.length;
    }

    /** The name of parameter {@code index}. */
    public String name(int index) {
        return names[index];
    }

    /** Whether parameter {@code index} travels in the body. */
    public boolean inBody(int index) {
        return index >= queryCount;
    }

    /** The index of {@code name}, or -1. A name given as the same literal as the prototype's is found by identity. */
    public int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** An empty buffer for the next value, encoded as sent; {@link #commit} makes it parameter {@code index}'s value. */
    public SentQuery newValue() {
        newValue.reset();
        return newValue;
    }

    /** Replaces parameter {@code index}'s value with what was written into {@link #newValue()}. */
    public void commit(int index) {
        int delta = pairs.replace(valueStarts[index], valueEnds[index], newValue.bytes(), newValue.length());
        valueEnds[index] += delta;
        for (int i = index + 1; i < names.length; i++) {
            valueStarts[i] += delta;
            valueEnds[i] += delta;
        }
    }

    /** The raw value of parameter {@code index}: its encoded value decoded, exactly what the exchange will read. */
    public String decoded(int index) {
        return FormEncoding.component(pairs.text(valueStarts[index], valueEnds[index]));
    }

    /**
     * Appends the body parameters when {@code body}, else the query parameters, to the part of {@code out} that starts at
     * {@code partStart}: one copy.
     */
    public void write(boolean body, SentQuery out, int partStart) {
        int first = body ? queryCount : 0;
        int end = body ? names.length : queryCount;
        if (first == end) {
            return;
        }
        int from = first == 0 ? 0 : valueEnds[first - 1];
        int skip = out.length() > partStart ? 0 : 1; // no '&' before the first parameter of a part
        out.ascii(pairs.bytes(), from + skip, valueEnds[end - 1] - from - skip);
    }
}
