package dev.signet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The filler rules at their edges: exactly {@value FillerShapes#RUN} characters, the ends of each character range. */
class FillerShapesTest {
    private static boolean typed(String value) {
        return FillerShapes.isTypedPattern(value.toCharArray());
    }

    private static boolean instruction(String lower) {
        return FillerShapes.isInstruction(lower.toCharArray());
    }

    @Test
    void aSequenceCountsFromExactlyEightCharactersAtEveryEndOfTheAsciiRanges() {
        assertThat(typed("01234567")).isTrue();
        assertThat(typed("23456789")).isTrue();
        assertThat(typed("abcdefgh")).isTrue();
        assertThat(typed("stuvwxyz")).isTrue();
        assertThat(typed("ABCDEFGH")).isTrue();
        assertThat(typed("STUVWXYZ")).isTrue();
        assertThat(typed("hgfedcba")).isTrue();
        assertThat(typed("q0123456")).isFalse(); // seven in sequence
        assertThat(typed("3456789:")).isFalse(); // ':' follows '9' but is no digit
        assertThat(typed("TUVWXYZ[")).isFalse(); // '[' follows 'Z' but is no letter
    }

    @Test
    void aStretchRepeatedAsFarAsTheValueAllowsIsFound() {
        assertThat(typed("q7Rm2xZk9q7Rm2xZk")).isTrue(); // eight characters again nine later: the widest period that fits
        assertThat(typed("q7Rm2xZk9q7Rm2xZj")).isFalse();
        assertThat(typed("aaaaaaaa")).isTrue();
        assertThat(typed("aaaaaaab")).isFalse();
    }

    /** Letters and digits from a fixed seed: no typed pattern in them, checked below. */
    private static String generated(int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        Random random = new Random(27);
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < length; i++) {
            value.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return value.toString();
    }

    @Test
    void aLongGeneratedValueWithNoRepeatedStretchIsNoTypedPattern() {
        assertThat(typed(generated(600))).isFalse(); // longer than the widest period plus a stretch: every period is tried
    }

    @Test
    void aStretchRepeatedExactlyTheWidestPeriodLaterIsFoundAndOneFurtherIsNot() {
        String value = generated(257);
        assertThat(typed(value.substring(0, 256) + value.substring(0, 8))).isTrue();
        assertThat(typed(value + value.substring(0, 8))).isFalse();
    }

    @Test
    void anInstructionNeedsItsVerbAndItsSubjectAsWholeWordsWhereverTheyStand() {
        assertThat(instruction("secret-replace")).isTrue(); // the last word counts too
        assertThat(instruction("replace_me_with_real_secret")).isTrue();
        assertThat(instruction("replace")).isFalse();
        assertThat(instruction("replacesecret")).isFalse();
        assertThat(instruction("replace-secrets")).isFalse();
    }
}
