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
    private final String[] names;
    /** {@code name=} as sent. */
    private final byte[][] prefixes;
    private final SentQuery[] values;
    private final int queryCount;

    /**
     * Slots for these parameters, with their values as the first values.
     *
     * @throws IllegalArgumentException when a name appears twice (setting it by name would be ambiguous)
     */
    public ParamSlots(List<Map.Entry<String, String>> query, List<Map.Entry<String, String>> body) {
        int n = query.size() + body.size();
        names = new String[n];
        prefixes = new byte[n][];
        values = new SentQuery[n];
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
            SentQuery prefix = new SentQuery(p.getKey().length() + 1);
            prefix.name(p.getKey());
            prefixes[i] = java.util.Arrays.copyOf(prefix.bytes(), prefix.length());
            values[i] = new SentQuery(Math.max(16, 3 * p.getValue().length()));
            values[i].encoded(p.getValue());
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
        SentQuery value = values[index];
        value.reset();
        return value;
    }

    /** The raw value of parameter {@code index}: its encoded value decoded, exactly what the exchange will read. */
    public String decoded(int index) {
        return FormEncoding.component(values[index].text(0, values[index].length()));
    }

    /** Appends the body parameters when {@code body}, else the query parameters, to the part of {@code out} that starts at {@code partStart}. */
    public void write(boolean body, SentQuery out, int partStart) {
        for (int i = body ? queryCount : 0, end = body ? names.length : queryCount; i < end; i++) {
            out.separate(partStart);
            out.ascii(prefixes[i]);
            out.ascii(values[i].bytes(), 0, values[i].length());
        }
    }
}
