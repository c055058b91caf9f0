package dev.signet.credentials;

/**
 * One field of a profile as the file writes it: a plain string, a reference to a variable or a file, or an inline
 * secret under the loudly named {@code insecureInlineSecret}. Parsed once per resolve by {@link ProfileJson}.
 *
 * @param kind how the value is given
 * @param text the string, the variable's name, the file's path or the inline secret
 */
record ProfileEntry(Kind kind, String text) {
    /** How a profile field gives its value. */
    enum Kind { TEXT, ENV, FILE, INLINE_SECRET }

    @Override
    public String toString() {
        return "ProfileEntry[" + kind + "]";
    }
}
