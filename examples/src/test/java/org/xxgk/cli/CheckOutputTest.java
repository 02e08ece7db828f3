package org.xxgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} on a report read by half: the unread rows stand beside the findings, and it is not called clean. */
class CheckOutputTest {

    @Test
    void aReportWhoseRowsWereNotReadIsNeverCalledClean(@TempDir Path dir) throws Exception {
        // sample 000 with its licensing row run together (396442278 splits many ways: nothing decides)
        List<String> lines =
                Files.readAllLines(MainTest.SAMPLES.resolve("000_5657be0d32f901c0.txt"), StandardCharsets.UTF_8);
        String text = String.join(" ", lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList())
                .replaceFirst("行政许可 0 0 0", "行政许可396442278");
        Path report = dir.resolve("run-together.txt");
        Files.writeString(report, text, StandardCharsets.UTF_8);

        Cli cli = Cli.run("check", report.toString());
        assertThat(cli.out()).doesNotContain("no findings")
                .contains("WARNING TABLE_NOT_READ")
                .contains("extraction VALUE_AMBIGUOUS: 二 行政许可: the digits \"396442278\"")
                .containsPattern("extraction warnings?\\n");
    }

    @Test
    void aNoticeAboutTheReportsIsNotAReport(@TempDir Path dir) throws Exception {
        Path notice = dir.resolve("notice.txt");
        Files.writeString(notice, "关于做好2020年政府信息公开工作年度报告编制发布工作的通知\n"
                + "各单位：请于1月31日前发布政府信息公开工作年度报告。\n", StandardCharsets.UTF_8);
        Cli cli = Cli.run("check", notice.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("notice.txt", "no statistical table", "[not-a-report]");
        assertThat(cli.out()).doesNotContain("no findings");
    }

    @Test
    void aReportReadWholeShowsNoExtractionWarning(@TempDir Path dir) {
        Cli cli = Cli.run("check", MainTest.SAMPLES.resolve("001_7859ced941c8677a.txt").toString());
        assertThat(cli.out()).doesNotContain("extraction ").doesNotContain("TABLE_NOT_READ");
    }
}
