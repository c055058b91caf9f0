package dev.signet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {
    @Test
    void printableTextIsReturnedAsIs() {
        String text = "/home/bot/.config/signet/credentials.json — Zürich 東京 😀 a\\nb";
        assertThat(Printable.escape(text)).isSameAs(text);
    }

    @Test
    void controlCharactersBecomeVisibleEscapesSoAMessageStaysOneLine() {
        assertThat(Printable.escape("aes256-ctr\nINFO rotated signing key\r\t\u001b[2K\u0000\u007f\u0085"))
                .isEqualTo("aes256-ctr\\nINFO rotated signing key\\r\\t\\u001b[2K\\u0000\\u007f\\u0085");
    }

    @Test
    void invisibleUnicodeIsEscapedToo() {
        String invisible = "\ufeff\u200b\u200d\u2060\u202e\u2066\u00ad\u2028\u2029\u00a0\u3000\u3164\ufe0f\ue000\ud800";
        assertThat(Printable.escape("x" + invisible + "y")).isEqualTo("x\\ufeff\\u200b\\u200d\\u2060\\u202e\\u2066\\u00ad\\u2028\\u2029"
                + "\\u00a0\\u3000\\u3164\\ufe0f\\ue000\\ud800y");
        assertThat(Printable.escape("tag\udb40\udc01")).isEqualTo("tag\\udb40\\udc01");
        assertThat(Printable.escape(null)).isEqualTo("null");
    }
}
