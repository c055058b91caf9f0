package dev.signet.scan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An XML element written over three lines — {@code <apiToken>}, the value, {@code </apiToken>} — read as one line. */
final class XmlElements {
    private static final Pattern OPEN = Pattern.compile("\\s{0,40}<([A-Za-z0-9_.\\-]{1,80})>\\s*");
    private static final Pattern VALUE = Pattern.compile("\\s{0,40}([^<\\s]{1,512})\\s*");

    private XmlElements() {}

    /** {@code <name>value</name>} when the three lines are such an element, else null. */
    static String joined(String open, String value, String close) {
        if (open.indexOf('<') < 0 || close.indexOf("</") < 0) {
            return null;
        }
        Matcher o = OPEN.matcher(open);
        if (!o.matches() || !close.strip().equals("</" + o.group(1) + ">")) {
            return null;
        }
        Matcher v = VALUE.matcher(value);
        return v.matches() && !open.contains(LineRules.ALLOW_MARKER) ? "<" + o.group(1) + ">" + v.group(1) + "</" + o.group(1) + ">" : null;
    }
}
