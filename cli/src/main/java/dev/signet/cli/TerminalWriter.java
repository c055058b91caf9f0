package dev.signet.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Text for a terminal in its own encoding: under a non-UTF-8 locale ({@code LANG=C}) an em dash, an ellipsis or an
 * arrow would print as {@code ?}, so characters the encoding cannot show become ASCII look-alikes ({@code -},
 * {@code ...}, {@code ->}); anything else it cannot show becomes {@code ?}.
 *
 * <pre>{@code PrintWriter out = TerminalWriter.printWriter(System.out, TerminalWriter.stdoutCharset());}</pre>
 */
final class TerminalWriter extends FilterWriter {
    private final CharsetEncoder encoder;

    private TerminalWriter(Writer out, Charset charset) {
        super(out);
        this.encoder = charset.newEncoder();
    }

    /** An auto-flushing writer to {@code stream} in {@code charset}, with ASCII look-alikes where it must. */
    static PrintWriter printWriter(OutputStream stream, Charset charset) {
        Writer raw = new OutputStreamWriter(stream, charset);
        return new PrintWriter(charset.name().startsWith("UTF-") ? raw : new TerminalWriter(raw, charset), true);
    }

    /** The encoding of standard output: {@code stdout.encoding} (Java 18+, set from the locale), else the default. */
    static Charset stdoutCharset() {
        return charsetOf(System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding")));
    }

    /** The encoding of standard error, like {@link #stdoutCharset()}. */
    static Charset stderrCharset() {
        return charsetOf(System.getProperty("stderr.encoding", System.getProperty("sun.stderr.encoding")));
    }

    private static Charset charsetOf(String name) {
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Charset.defaultCharset();
        }
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (encoder.canEncode(ch)) {
            out.write(c);
        } else if (!Character.isLowSurrogate(ch)) {
            out.write(lookAlike(ch));
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(chars[i]);
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(s.charAt(i));
        }
    }

    private static String lookAlike(char c) {
        return switch (c) {
            case '\u2014', '\u2013', '\u2212' -> "-";
            case '\u2026' -> "...";
            case '\u2192' -> "->";
            case '\u2190' -> "<-";
            case '\u2264' -> "<=";
            case '\u2265' -> ">=";
            case '\u00d7' -> "x";
            case '\u2018', '\u2019' -> "'";
            case '\u201c', '\u201d' -> "\"";
            case '\u00a0' -> " ";
            default -> "?";
        };
    }
}
