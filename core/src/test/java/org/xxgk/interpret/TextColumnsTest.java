package org.xxgk.interpret;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xxgk.Xxgk;
import org.xxgk.extract.TextBlock;
import org.xxgk.internal.Text;
import org.xxgk.model.AnnualReport;
import org.xxgk.source.Provenance;
import org.xxgk.testing.Golden;
import org.xxgk.testing.RealLabel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows read by where their values stand ({@link TextColumns}), on the {@code pdftotext -layout} copy
 * of 003's fixture PDF, whose section 三 prints most rows as one value of seven ({@code 0} under
 * 自然人, the rest blank) and two rows as two ({@code 2} under 自然人 and under 总计): the places are
 * followed where they are clear, and nothing is placed where they are not.
 */
class TextColumnsTest {

    private static final String CARRIED_OVER = "二、上年结转政府信息公开申请数量                0";
    private static final String ROW = "applications.carriedOver.";

    @Test
    void eachValueGoesUnderTheColumnWordItStandsUnder() throws IOException {
        AnnualReport report = read(copy());
        assertThat(report.value(ROW + "naturalPerson")).contains(BigDecimal.ZERO);
        assertThat(report.prints(ROW + "total")).isFalse();
        assertThat(report.value("applications.newlyReceived.naturalPerson")).contains(new BigDecimal(2));
        assertThat(report.value("applications.newlyReceived.total")).contains(new BigDecimal(2));
        assertThat(report.value("applications.newlyReceived.commercial")).isEmpty();
    }

    @Test
    void aValueMovedUnderAnotherColumnWordIsThatColumns() throws IOException {
        // 商业企 starts four characters after 自然人: the 0 moved under it is the commercial column's
        AnnualReport report = read(copy().replace(CARRIED_OVER, CARRIED_OVER.replace("0", "    0")));
        assertThat(report.value(ROW + "commercial")).contains(BigDecimal.ZERO);
        assertThat(report.prints(ROW + "naturalPerson")).isFalse();
    }

    @Test
    void aValueBetweenTwoColumnWordsIsNotPlaced() throws IOException {
        // two characters right: as near 商业企 as 自然人, so the row is not read, and says so
        AnnualReport report = read(copy().replace(CARRIED_OVER, CARRIED_OVER.replace("0", "  0")));
        for (String column : new String[] {"naturalPerson", "commercial", "total"}) {
            assertThat(report.cell(ROW + column)).as(column).isEqualTo(Optional.empty());
        }
        assertThat(report.warnings()).anyMatch(w -> w.code().code().equals("ROW_INCOMPLETE")
                && w.message().contains("二、上年结转政府信息公开申请数量"));
        assertThat(report.value("applications.newlyReceived.naturalPerson")).contains(new BigDecimal(2));
    }

    @Test
    void aCopyWithOneSpaceBetweenItsWordsSaysNothingByItsPlaces() throws IOException {
        // the same text with every run of spaces made one: the rows that print fewer values than columns are not
        // read, and no value is under a key the golden file does not give it
        AnnualReport report = read(copy().replaceAll(" {2,}", " "));
        RealLabel.Score score = RealLabel.of(Golden.load("003")).compareAll(report);
        assertThat(score.misfiled()).as(score.summary()).isZero();
        assertThat(report.prints(ROW + "naturalPerson")).isFalse();
        assertThat(report.warnings()).anyMatch(w -> w.code().code().equals("ROW_INCOMPLETE"));
    }

    @Test
    void aRowOfEveryColumnMustStandUnderTheWordsForAnyRowToBeReadByThem() throws IOException {
        // 一、 printed with all seven values: where each stands under its column's word, 二、's 0 is still 自然人's; where
        // one stands between two words, the words do not stand over the figures, and no row is read by them
        String newlyReceived = "一、本年新收政府信息公开申请数量                2                          2";
        assertThat(copy()).contains(newlyReceived);
        int[] under = {32, 36, 40, 44, 48, 55, 60};
        for (boolean apart : new boolean[] {false, true}) {
            StringBuilder full = new StringBuilder("一、本年新收政府信息公开申请数量");
            for (int k = 0; k < under.length; k++) {
                int column = under[k] + (apart && k == 3 ? 2 : 0);
                full.append(" ".repeat(column - full.length())).append(k == 0 || k == 6 ? "1" : "0");
            }
            AnnualReport report = read(copy().replace(newlyReceived, full.toString()));
            assertThat(report.value("applications.newlyReceived.total")).as(full.toString()).contains(BigDecimal.ONE);
            if (apart) assertThat(report.prints(ROW + "naturalPerson")).as(full.toString()).isFalse();
            else assertThat(report.value(ROW + "naturalPerson")).as(full.toString()).contains(BigDecimal.ZERO);
        }
    }

    private static String copy() throws IOException {
        try (InputStream in = TextColumnsTest.class.getResourceAsStream("/derived/pdftotext/003.txt")) {
            if (in == null) throw new IllegalStateException("missing test resource /derived/pdftotext/003.txt");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains(CARRIED_OVER);
            return text;
        }
    }

    private static AnnualReport read(String text) {
        return Xxgk.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "003.txt");
    }

    // the header of section 三 on one line, each column word where a layout copy puts it
    private static final String HEADER = "          自然人 商业企 科研机 社会公 法律服    其他  总计";
    private static final List<String> COLUMNS = List.of(
            "naturalPerson", "commercial", "research", "publicInterest", "legalService", "otherOrg", "total");

    @Test
    void theHeaderMustNameEveryColumnOnceLeftToRight() {
        assertThat(TextColumns.anchors(tokens(HEADER, 1, "自然人", "商业企", "科研机", "社会公", "法律服", "其他", "总计"),
                COLUMNS)).isPresent();
        // 总计 missing
        assertThat(TextColumns.anchors(tokens(HEADER, 1, "自然人", "商业企", "科研机", "社会公", "法律服", "其他"),
                COLUMNS)).isEmpty();
        // 其他 and 总计 the other way round
        String swapped = HEADER.replace("其他  总计", "总计  其他");
        assertThat(TextColumns.anchors(tokens(swapped, 1, "自然人", "商业企", "科研机", "社会公", "法律服", "总计", "其他"),
                COLUMNS)).isEmpty();
        // 自然人 twice, both left of 商业企
        String twice = HEADER.replace("自然人", "自然人 自然人");
        assertThat(TextColumns.anchors(
                tokens(twice, 1, "自然人", "自然人", "商业企", "科研机", "社会公", "法律服", "其他", "总计"), COLUMNS))
                .isEmpty();
        // a page's or a PDF's text (no line): no places
        assertThat(TextColumns.anchors(tokens(HEADER, 0, "自然人", "商业企", "科研机", "社会公", "法律服", "其他", "总计"),
                COLUMNS)).isEmpty();
    }

    @Test
    void aValueIsPlacedOnlyApartUnderOneColumnWordAndAloneThere() {
        TextColumns.Anchors anchors = TextColumns.anchors(
                tokens(HEADER, 1, "自然人", "商业企", "科研机", "社会公", "法律服", "其他", "总计"), COLUMNS).orElseThrow();
        int naturalPerson = HEADER.indexOf("自然人") + 1;
        int total = HEADER.indexOf("总计");
        String label = "二、上年结转";
        assertThat(TextColumns.columnsOf(values(at(label, naturalPerson, "0")), anchors)).hasValueSatisfying(
                c -> assertThat(c).containsExactly(0));
        assertThat(TextColumns.columnsOf(values(at(label, naturalPerson, "2") + at("", total - naturalPerson - 1, "2"),
                "2", "2"), anchors)).hasValueSatisfying(c -> assertThat(c).containsExactly(0, 6));
        // after one space only: a copy whose words are not aligned
        String close = label + " 0";
        assertThat(TextColumns.columnsOf(values(" ".repeat(naturalPerson - close.length() + 1) + close), anchors))
                .isEmpty();
        // halfway between two column words
        assertThat(TextColumns.columnsOf(values(at(label, naturalPerson + 2, "0")), anchors)).isEmpty();
        // far right of the last column word
        assertThat(TextColumns.columnsOf(values(at(label, total + 8, "0")), anchors)).isEmpty();
        // two values under one column word
        assertThat(TextColumns.columnsOf(values(at(label, naturalPerson - 2, "0") + at("", 0, "1"), "0", "1"),
                anchors)).isEmpty();
    }

    /** {@code label} padded so that {@code value} starts at character {@code column} of the line. */
    private static String at(String label, int column, String value) {
        return label + " ".repeat(Math.max(2, column - label.length())) + value;
    }

    /** Tokens of {@code words} found on {@code line} (line number {@code number}), as a text copy makes them. */
    private static List<RowStream.Token> tokens(String line, int number, String... words) {
        String text = Text.strip(line);
        TextBlock block = new TextBlock(text,
                number == 0 ? Provenance.NONE : Provenance.line(number),
                line.indexOf(text));
        List<RowStream.Token> out = new ArrayList<>();
        for (String w : words) {
            out.add(new RowStream.Token(w, Values.parse(w), block.provenance(), false, Optional.of(block), 0));
        }
        return out;
    }

    /** The value tokens of a row line (by default its last word). */
    private static List<RowStream.Token> values(String line, String... values) {
        String[] words = line.strip().split(" +");
        return tokens(line, 5, values.length == 0 ? new String[] {words[words.length - 1]} : values);
    }
}
