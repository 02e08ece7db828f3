package org.xxgk.extract.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xxgk.LimitExceededException;
import org.xxgk.Limits;
import org.xxgk.Reason;
import org.xxgk.extract.ExtractedDocument;
import org.xxgk.extract.ExtractionContext;
import org.xxgk.extract.TableGrid;
import org.xxgk.extract.TextBlock;
import org.xxgk.internal.Encodings;
import org.xxgk.testing.RandomText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The text extractor's lines, decoded as it reads them, and the cell limit that bounds them. */
class TextLinesTest {

    private static Lines lines(String text, Charset cs) {
        byte[] bytes = text.getBytes(cs);
        return new Lines(bytes, Encodings.detect(bytes, Optional.empty()));
    }

    @Test
    void blankRunsAreOneEntryAndLinesKeepTheirNumbers() {
        Lines l = lines("a\r\n\r\n  \t\nb\rc\n\n\nd\n", StandardCharsets.UTF_8);
        assertThat(List.of(l.get(0), l.get(1), l.get(2), l.get(3), l.get(4), l.get(5)))
                .containsExactly("a", Lines.BLANK, "b", "c", Lines.BLANK, "d");
        assertThat(List.of(l.number(0), l.number(2), l.number(3), l.number(5))).containsExactly(1, 4, 5, 8);
        assertThat(l.has(6)).isFalse();
    }

    @Test
    void gb18030IsDecodedLineByLine() {
        Lines l = lines("行政许可\n\n规章 0 0 0", Encodings.GB18030);
        assertThat(l.get(0)).isEqualTo("行政许可");
        assertThat(l.get(2)).isEqualTo("规章 0 0 0");
        assertThat(l.number(2)).isEqualTo(3);
    }

    @Test
    void releasedLinesAreGone() {
        Lines l = lines("a\nb\nc", StandardCharsets.UTF_8);
        l.get(2);
        l.release(2);
        assertThat(l.get(2)).isEqualTo("c");
        assertThat(l.number(0)).isEqualTo(1);
    }

    private static ExtractedDocument extract(String text, int maxCells) {
        return new TextDocumentExtractor().extract(text.getBytes(StandardCharsets.UTF_8),
                ExtractionContext.start("t.txt", Limits.DEFAULT.withMaxCells(maxCells)));
    }

    @Test
    void linesOutsideGridsCountAgainstTheCellLimit() {
        String text = "一、总体情况\n\n行政许可\n12\n\n\n行政处罚\n3\n";
        ExtractedDocument d = extract(text, 5);
        assertThat(d.blocks()).hasSize(5);
        assertThat(d.blocks().get(4)).isEqualTo(new TextBlock("3", org.xxgk.source.Provenance.line(8)));
        assertThatThrownBy(() -> extract(text, 4)).isInstanceOf(LimitExceededException.class)
                .satisfies(e -> assertThat(((LimitExceededException) e).reason()).isEqualTo(Reason.TOO_MANY_CELLS));
    }

    @Test
    void theCellsOfALineThatHoldsATableCountAgainstTheLimitToo() throws java.io.IOException {
        String seed;
        try (var in = getClass().getResourceAsStream("/seeds/000_5657be0d32f901c0.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // a crawler's copy: the whole report on one line, three times
        String line = String.join(" ", seed.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        byte[] text = (line + "\n" + line + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(org.xxgk.Xxgk.builder().build().read(text, "t.txt").cells()).isNotEmpty();
        org.xxgk.XxgkReader strict = org.xxgk.Xxgk.builder().limits(Limits.DEFAULT.withMaxCells(1000)).build();
        assertThat(strict.extract(text, "t.txt").blocks()).hasSize(3);
        assertThatThrownBy(() -> strict.read(text, "t.txt")).isInstanceOf(LimitExceededException.class)
                .satisfies(e -> assertThat(((LimitExceededException) e).reason()).isEqualTo(Reason.TOO_MANY_CELLS));
        // all on a single line: the count grows as the line is cut, before all its cells are held
        byte[] single = String.join(" ", line, line, line, line).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> strict.read(single, "t.txt")).isInstanceOf(LimitExceededException.class)
                .satisfies(e -> assertThat(((LimitExceededException) e).reason()).isEqualTo(Reason.TOO_MANY_CELLS));
    }

    @Test
    void aRunOfBarLinesStopsAtTheCellLimitBeforeItEnds() {
        String text = "a |\n".repeat(50);
        assertThat(((TableGrid) extract(text, 50).blocks().get(0)).rowCount()).isEqualTo(50);
        assertThatThrownBy(() -> extract(text, 49)).isInstanceOf(LimitExceededException.class);
    }

    @Test
    void aBrokenGb18030CharacterKeepsTheLineBreakAfterIt() {
        // D5 31 starts a four-byte character that the line break cuts short
        byte[] bytes = {(byte) 0xB9, (byte) 0xAB, (byte) 0xD5, 0x31, 0x0A, 0x09, 0x0A, (byte) 0xB9, (byte) 0xAB};
        Lines l = new Lines(bytes, new Encodings.Detected(Encodings.GB18030, 0, "test"));
        assertThat(List.of(l.get(0), l.get(1), l.get(2))).containsExactly("公\uFFFD", Lines.BLANK, "公");
        assertThat(l.has(3)).isFalse();
    }

    @Test
    void linesCutOnTheBytesAreTheLinesAReaderGives() throws Exception {
        java.util.Random random = new java.util.Random(15);
        String alphabet = "a 1\r\n\n\t政府信息公开（一）€😀";
        for (int round = 0; round < 20_000; round++) {
            String text = RandomText.upTo(random, alphabet, 13);
            for (Charset cs : List.of(StandardCharsets.UTF_8, Encodings.GB18030)) {
                byte[] bytes = text.getBytes(cs);
                // now and then a byte cut out, so that a character is malformed (in UTF-8 only: GB18030's reader
                // takes the line break after a broken four-byte character into it, where cutting on the bytes
                // keeps every break, as asserted below)
                if (bytes.length > 2 && random.nextInt(4) == 0 && cs.equals(StandardCharsets.UTF_8)) {
                    int at = random.nextInt(bytes.length);
                    byte[] cut = new byte[bytes.length - 1];
                    System.arraycopy(bytes, 0, cut, 0, at);
                    System.arraycopy(bytes, at + 1, cut, at, bytes.length - at - 1);
                    bytes = cut;
                }
                Encodings.Detected detected = new Encodings.Detected(cs, 0, "test");
                Lines l = new Lines(bytes, detected);
                java.io.BufferedReader reader = new java.io.BufferedReader(
                        new java.io.InputStreamReader(new java.io.ByteArrayInputStream(bytes), cs));
                List<String> expected = new java.util.ArrayList<>();
                boolean blank = false;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    boolean isBlank = org.xxgk.internal.Text.strip(line).isEmpty();
                    if (!isBlank) expected.add(line);
                    else if (!blank) expected.add(Lines.BLANK);
                    blank = isBlank;
                }
                List<String> actual = new java.util.ArrayList<>();
                for (int i = 0; l.has(i); i++) actual.add(l.get(i));
                assertThat(actual).as("%s in %s", java.util.HexFormat.of().formatHex(bytes), cs).isEqualTo(expected);
            }
        }
    }

    @Test
    void aSmallUtf8InputDecodedWholeGivesTheLinesAndNumbersOfTheBytes() {
        java.util.Random random = new java.util.Random(16);
        String alphabet = "a 1\r\n\n\t政府信息公开（一）€😀\uFFFD";
        int whole = 0;
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = RandomText.upTo(random, alphabet, 13).getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 2 && random.nextInt(4) == 0) bytes[random.nextInt(bytes.length)] = (byte) 0xC3;
            Lines of = Lines.of(bytes);
            Lines cut = new Lines(bytes, Encodings.detect(bytes, Optional.empty()));
            List<String> expected = new java.util.ArrayList<>();
            List<String> actual = new java.util.ArrayList<>();
            for (int i = 0; cut.has(i); i++) expected.add(cut.get(i) + "@" + cut.number(i));
            for (int i = 0; of.has(i); i++) actual.add(of.get(i) + "@" + of.number(i));
            assertThat(actual).as(java.util.HexFormat.of().formatHex(bytes)).isEqualTo(expected);
            if (Encodings.wholeUtf8(bytes).isPresent()) whole++;
        }
        // most inputs took the whole decoding, the rest (U+FFFD spelt or made, a byte order mark) the bytes' way
        assertThat(whole).isBetween(5_000, 19_000);
    }

    @Test
    void onlyUtf8WithoutAReplacementCharacterIsDecodedWhole() {
        assertThat(Encodings.wholeUtf8("公开😀\n".getBytes(StandardCharsets.UTF_8))).contains("公开😀\n");
        assertThat(Encodings.wholeUtf8("公\uFFFD".getBytes(StandardCharsets.UTF_8))).isEmpty();
        byte[] cut = "公开".getBytes(StandardCharsets.UTF_8);
        assertThat(Encodings.wholeUtf8(java.util.Arrays.copyOf(cut, cut.length - 1))).isEmpty();
        assertThat(Encodings.wholeUtf8("公开".getBytes(Encodings.GB18030))).isEmpty();
        assertThat(Encodings.wholeUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isEmpty(); // a surrogate
        assertThat(Encodings.wholeUtf8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'})).isEmpty();
        assertThat(Encodings.wholeUtf8(new byte[Encodings.WHOLE_DECODE_BYTES + 1])).isEmpty();
        assertThat(Encodings.wholeUtf8(new byte[Encodings.WHOLE_DECODE_BYTES])).isPresent();
    }

    @Test
    void wholeDecodingAcceptsWhatIsUtf8AcceptsUnlessItSpellsTheReplacementCharacter() {
        java.util.Random random = new java.util.Random(17);
        for (int round = 0; round < 100_000; round++) {
            byte[] bytes = new byte[random.nextInt(6)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextBoolean() ? 0x80 + random.nextInt(0x80) : random.nextInt(0x100));
            }
            if (Encodings.bomCharset(bytes).isPresent()) continue;
            boolean spelt = new String(bytes, StandardCharsets.UTF_8).indexOf('\uFFFD') >= 0;
            assertThat(Encodings.wholeUtf8(bytes).isPresent()).as(java.util.HexFormat.of().formatHex(bytes))
                    .isEqualTo(Encodings.isUtf8(bytes, 0) && !spelt);
        }
    }
}
