package org.xxgk.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.RealLabel;

/**
 * The checker on the real reports of {@code real/}, read from their text copies as a user would:
 * no ERROR but those their notes name (none names one), and none of the false warnings the
 * crawler copies, the OCR Markdown and the pdftotext layout used to give.
 */
class RealReportFindingsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Iterable<String> ids() {
        return RealLabel.REAL_IDS;
    }

    private static AnnualReport read(String id) throws IOException {
        String name = id + ".txt";
        try (InputStream in = RealReportFindingsTest.class.getResourceAsStream("/real/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource /real/" + name);
            return Xxgk.read(in, name);
        }
    }

    private static List<Finding> findings(String id) throws IOException {
        return Xxgk.check(read(id));
    }

    private static Set<String> rules(List<Finding> findings, Severity severity) {
        return findings.stream()
                .filter(f -> f.severity() == severity)
                .map(Finding::rule)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The ERROR rules a report's notes name as what it really contains. */
    private static Set<String> errorsTheNotesName(String id) throws IOException {
        JsonNode notes;
        try (InputStream in = RealReportFindingsTest.class.getResourceAsStream("/real/" + id + ".json")) {
            notes = MAPPER.readTree(in).path("notes");
        }
        Set<String> named = new TreeSet<>();
        for (JsonNode note : notes) {
            for (Rule rule : Rules.REPORT) {
                if (rule.severity() == Severity.ERROR && note.asText().contains(rule.id())) named.add(rule.id());
            }
        }
        return named;
    }

    @ParameterizedTest(name = "real/{0}.txt")
    @MethodSource("ids")
    void errorsAreOnlyThoseTheNotesName(String id) throws IOException {
        List<Finding> findings = findings(id);
        assertThat(rules(findings, Severity.ERROR)).as("ERRORs of real/%s.txt: %s", id, findings)
                .isEqualTo(errorsTheNotesName(id));
    }

    @ParameterizedTest(name = "real/{0}.txt")
    @ValueSource(strings = {"001", "002", "006", "008", "014", "017", "030"})
    void theProblemsSectionIsFoundWhereverTheReportPrintsIt(String id) throws IOException {
        // 001/002/006/008/030 are one-line crawler copies (headings inside the line; 002's run on into the
        // LEGACY table's title), 017 Markdown
        // (## 五、…) after tables that took 二 to 四, 001 and 030 number it 五 and 四
        assertThat(findings(id)).as("real/%s.txt", id).noneMatch(f -> f.rule().equals("EMPTY_SECTION"));
    }

    @ParameterizedTest(name = "real/{0}.txt")
    @ValueSource(strings = {"014", "017", "030"})
    void noFalseNarrativeMismatch(String id) throws IOException {
        // 014: the office's own 17 of the district's 95 (区政府办代表区政府受理); 017: 受理749 = 713 new
        // + 36 carried over; 030: 县直各单位…303条,占71.3%, a share of the 425
        assertThat(findings(id)).as("real/%s.txt", id).noneMatch(f -> f.rule().equals("NARRATIVE_MISMATCH"));
    }

    @Test
    void aRegionalChannelRowNamingTwoChannelsCountsOnce() throws IOException {
        // 001: 受理依申请公开信息总数 1 = 当面 0 + 网上 0 + 信函、传真 1, in the year and in 历年累计
        assertThat(findings("001")).noneMatch(f -> f.rule().equals("LEGACY_APP_CHANNELS"));
        // 030: six channels, all summed
        assertThat(findings("030")).noneMatch(f -> f.rule().equals("LEGACY_APP_CHANNELS"));
    }
}
