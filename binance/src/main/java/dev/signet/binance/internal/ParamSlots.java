package dev.signet.binance.internal;

import java.util.List;
import java.util.Map;

/**
 * The parameters of a reusable request: names fixed in sending order (query first, then body), each value kept
 * percent-encoded so that writing the request is a copy. Setting a value allocates nothing once its slot has grown
 * to the value's size. Not thread-safe.
 *
 * <pre>{@code ParamSlots slots = new ParamSlots(request.queryParams(), request.bodyParams()); slots.value(slots.indexOf("price")).encoded("0.1");}</pre>
 */
public final class ParamSlots {
    private static final byte[] AMPERSAND = {'&'};
    private final String[] names;
    /** Per parameter {@code &name=value} as sent: the name part is fixed, the value follows it. */
    private final SentQuery[] pairs;
    /** The length of {@code &name=}. */
    private final int[] valueStarts;
    private final int queryCount;

    /**
     * Slots for these parameters, with their values as the first values.
     *
     * @throws IllegalArgumentException when a name appears twice (setting it by name would be ambiguous)
     */
    public ParamSlots(List<Map.Entry<String, String>> query, List<Map.Entry<String, String>> body) {
        int n = query.size() + body.size();
        names = new String[n];
        pairs = new SentQuery[n];
        valueStarts = new int[n];
        queryCount = query.size();
        for (int i = 0; i < n; i++) {
            Map.Entry<String, String> p = i < queryCount ? query.get(i) : body.get(i - queryCount);
            for (int j = 0; j < i; j++) {
                if (names[j].equals(p.getKey())) {
                    throw new IllegalArgumentException("parameter '" + p.getKey() + "' appears twice; a RequestWriter sets values by "
                            + "name, so each name must appear once");
                }
            }
            names[i] = p.getKey();
            pairs[i] = new SentQuery(p.getKey().length() + Math.max(16, 3 * p.getValue().length()));
            pairs[i].ascii(AMPERSAND);
            pairs[i].name(p.getKey());
            valueStarts[i] = pairs[i].length();
            pairs[i].encoded(p.getValue());
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

    /** The index of {@code name}, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Empties parameter {@code index}'s value and returns it for writing its new, encoded value. */
    public SentQuery cleared(int index) {
        SentQuery pair = pairs[index];
        pair.truncate(valueStarts[index]);
        return pair;
    }

    /** The raw value of parameter {@code index}: its encoded value decoded, exactly what the exchange will read. */
    public String decoded(int index) {
        return FormEncoding.component(pairs[index].text(valueStarts[index], pairs[index].length()));
    }

    /**
     * Appends the body parameters when {@code body}, else the query parameters, to the part of {@code out} that starts at
     * {@code partStart}: one copy per parameter.
     */
    public void write(boolean body, SentQuery out, int partStart) {
        for (int i = body ? queryCount : 0, end = body ? names.length : queryCount; i < end; i++) {
            int skip = out.length() > partStart ? 0 : 1; // no '&' before the first parameter of a part
            out.ascii(pairs[i].bytes(), skip, pairs[i].length() - skip);
        }
    }
}
