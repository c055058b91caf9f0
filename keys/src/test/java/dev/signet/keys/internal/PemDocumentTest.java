package dev.signet.keys.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The first PEM block of a file: its label, headers and body, read from bytes, with the edge cases real files have. */
class PemDocumentTest {
    /** "Signet" in base64, and its bytes. */
    private static final String BODY = "U2lnbmV0";
    private static final byte[] DER = "Signet".getBytes(StandardCharsets.US_ASCII);

    private static PemDocument parse(String text) {
        return PemDocument.parse(text.getBytes(StandardCharsets.ISO_8859_1)).orElseThrow();
    }

    private static String block(String label, String inside) {
        return "-----BEGIN " + label + "-----\n" + inside + "-----END " + label + "-----\n";
    }

    @Test
    void noBeginLineIsNoPemDocument() {
        assertThat(PemDocument.parse(DER)).isEmpty();
        assertThat(PemDocument.parse(new byte[0])).isEmpty();
        assertThat(PemDocument.parse("-----BEGIN".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void theLabelHeadersAndBodyAreRead() {
        PemDocument pem = parse("Bag Attributes: written by openssl pkcs12\n"
                + block("RSA PRIVATE KEY", "Proc-Type: 4,ENCRYPTED\nDEK-Info:   AES-256-CBC,00FF  \n\n" + BODY + "\n"));
        assertThat(pem.label()).isEqualTo("RSA PRIVATE KEY");
        assertThat(pem.headers()).containsExactly(Map.entry("Proc-Type", "4,ENCRYPTED"), Map.entry("DEK-Info", "AES-256-CBC,00FF"));
        assertThat(pem.der()).isEqualTo(DER);
    }

    @Test
    void windowsLineEndsAndIndentedOrWrappedBodiesAreRead() {
        PemDocument pem = parse("-----BEGIN PRIVATE KEY-----\r\nProc-Type: 4,ENCRYPTED\r\n\r\n U2ln\t\r\n  bmV0 \r\n-----END PRIVATE KEY-----\r\n");
        assertThat(pem.headers()).containsExactly(Map.entry("Proc-Type", "4,ENCRYPTED"));
        assertThat(pem.der()).isEqualTo(DER);
    }

    @Test
    void aBlockWithoutHeadersHasNone() {
        PemDocument pem = parse(block("PRIVATE KEY", BODY + "\n") + "Comment: text after the block is not a header\n");
        assertThat(pem.headers()).isEmpty();
        assertThat(pem.der()).isEqualTo(DER);
    }

    @Test
    void aFileEndingRightAfterTheEndLineIsRead() {
        assertThat(parse("-----BEGIN X-----\n" + BODY + "\n-----END X-----").der()).isEqualTo(DER);
        assertThat(parse("-----BEGIN X-----" + BODY + "-----END X-----").der()).as("all on one line").isEqualTo(DER);
    }

    @Test
    void aHeaderRunningIntoTheEndLineStopsThere() {
        PemDocument pem = parse("-----BEGIN X-----\nComment: x-----END X-----\n");
        assertThat(pem.headers()).containsExactly(Map.entry("Comment", "x"));
        assertThat(pem.der()).isEmpty();
    }

    @Test
    void onlyTheFirstBlockIsRead() {
        PemDocument pem = parse(block("CERTIFICATE", "QUJD\n") + block("PRIVATE KEY", BODY + "\n"));
        assertThat(pem.label()).isEqualTo("CERTIFICATE");
        assertThat(pem.der()).isEqualTo("ABC".getBytes(StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "Z", "0", "9", "AZ 09", "ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 AB"})
    void labelsOfCapitalsDigitsAndSpacesUpToFortyCharactersAreRead(String label) {
        assertThat(label.length()).isLessThanOrEqualTo(40);
        assertThat(parse(block(label, BODY + "\n")).label()).isEqualTo(label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "@", "[", "/", ":", "a", "z", "PRIVATE-KEY", "ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 ABC"})
    void anyOtherLabelIsAMalformedBeginLine(String label) {
        byte[] pem = block(label, BODY + "\n").getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> PemDocument.parse(pem)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PEM BEGIN line is malformed: expected '-----BEGIN <LABEL>-----' on one line, with a label of A-Z, 0-9 "
                        + "and spaces");
    }

    @Test
    void aBlockWithoutItsEndLineIsTruncated() {
        assertThatThrownBy(() -> parse("-----BEGIN PRIVATE KEY-----\n" + BODY + "\n-----END PUBLIC KEY-----\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("PEM block 'PRIVATE KEY' has no END line: the file is truncated");
    }

    @Test
    void aBodyThatIsNotBase64IsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> parse(block("PRIVATE KEY", "U2ln*mV0\n"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PEM block 'PRIVATE KEY' has a body that is not valid base64");
    }

    @Test
    void aDecodedBufferHoldingExactlyTheKeyIsHandedOverWithoutASecondCopy() {
        byte[] decoded = DER.clone();
        assertThat(PemDocument.exactBytes(ByteBuffer.wrap(decoded))).isSameAs(decoded).isEqualTo(DER);
    }

    @Test
    void aDecodedBufferWithRoomToSpareIsCopiedAndItsArrayWiped() {
        byte[] shorter = DER.clone();
        assertThat(PemDocument.exactBytes(ByteBuffer.wrap(shorter, 0, 3))).as("limit below the array's end").isEqualTo(new byte[] {'S', 'i', 'g'});
        assertThat(shorter).as("the decoder's array after the copy").containsOnly(0);
        byte[] offset = DER.clone();
        assertThat(PemDocument.exactBytes(ByteBuffer.wrap(offset, 2, 4))).as("position past the start").isEqualTo(new byte[] {'g', 'n', 'e', 't'});
        assertThat(offset).as("the decoder's array after the copy").containsOnly(0);
        byte[] sliced = DER.clone();
        assertThat(PemDocument.exactBytes(ByteBuffer.wrap(sliced, 1, 5).slice())).as("a slice at an array offset")
                .isEqualTo(new byte[] {'i', 'g', 'n', 'e', 't'});
        assertThat(sliced).as("the decoder's array after the copy").containsOnly(0);
    }
}
