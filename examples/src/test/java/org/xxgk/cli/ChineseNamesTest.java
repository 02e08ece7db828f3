package org.xxgk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.batch.BatchCommandTest;
import org.xxgk.batch.BatchFiles;
import org.xxgk.output.ReportJsonTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 13, point 1, as the issue runs it: Chinese file names under a POSIX locale, where Java
 * decodes file names as ASCII ({@code sun.jnu.encoding} ANSI_X3.4-1968) and a name turned back into
 * a path throws {@code InvalidPathException}. The files are made by {@code sh} from the issue's own
 * commands (the bytes of the names are UTF-8 whatever the test's locale), and the tool runs in a JVM
 * of its own under {@code env -u LC_ALL LANG=POSIX}.
 */
class ChineseNamesTest {

    /** The commands, and a name in GBK bytes (年报 from a Windows archive) besides. */
    static final String SCRIPT = String.join("\n",
            "set -e",
            "mkdir cn",
            "cp \"$1/001.pdf\" cn/年报.pdf",
            "cp \"$1/003.html\" cn/银州区年报.html",
            "cp \"$1/000_5657be0d32f901c0.txt\" \"cn/$(printf '\\304\\352\\261\\250').txt\"",
            "");

    static final Consumer<Map<String, String>> POSIX = env -> {
        env.keySet().removeIf(name -> name.startsWith("LC_"));
        env.put("LANG", "POSIX");
    };

    @Test
    void batch_and_check_read_chinese_names_under_a_posix_locale(@TempDir Path dir) throws Exception {
        assumeTrue(
                !System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows"),
                "POSIX shells and locales");
        Path script = dir.resolve("make.sh");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        Process sh = new ProcessBuilder("sh", script.toString(), BatchCommandTest.SAMPLES.toAbsolutePath().toString())
                .directory(dir.toFile()).inheritIO().start();
        assertThat(sh.waitFor()).isZero();

        Fork batch = Fork.start(
                dir, POSIX, List.of("-XshowSettings:properties"), "batch", "cn", "--out", "cnout", "--threads", "2");
        int exit = batch.exit(Duration.ofMinutes(2));
        String err = batch.err();
        // the reproduction is real: the JVM decodes file names as ASCII, as in the issue
        assumeTrue(err.contains("sun.jnu.encoding = ANSI_X3.4-1968"), "a JVM that follows the POSIX locale (Linux)");
        assertThat(exit).as(err).isZero();
        assertThat(err).doesNotContain("InvalidPathException", "Exception", "internal error");
        assertThat(err).contains("xxgk batch: 3 files, 3 read, 0 failed;");

        List<String> sources = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("cnout/results/reports.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode json = ReportJsonTest.parse(line);
            sources.add(json.get("source").asText());
        }
        assertThat(sources).containsExactly("cn/年报.pdf", "cn/年报.txt", "cn/银州区年报.html");
        List<CSVRecord> cells = BatchCommandTest.csv(dir.resolve("cnout/results/cells.csv"));
        assertThat(cells.subList(1, cells.size())).extracting(r -> r.get(0)).containsExactlyElementsOf(sources);
        assertThat(cells.get(3).get(3)).isNotBlank(); // the agency, in Chinese
        List<CSVRecord> values = BatchCommandTest.csv(dir.resolve("cnout/results/values.csv"));
        assertThat(values.subList(1, values.size()))
                .extracting(r -> r.get(0))
                .containsOnly(sources.toArray(String[]::new));

        // the rerun resumes by these names
        Fork again = Fork.start(dir, POSIX, List.of(), "batch", "cn", "--out", "cnout");
        assertThat(again.exit(Duration.ofMinutes(2))).as(again.err()).isZero();
        assertThat(again.err()).contains("3 files as an earlier run read them");

        // check, over the folder, under the same locale
        Fork check = Fork.start(dir, POSIX, List.of(), "check", "cn");
        int checked = check.exit(Duration.ofMinutes(2));
        assertThat(check.err()).doesNotContain("Exception", "internal error");
        assertThat(checked).as(check.err()).isIn(Main.OK, Main.ERROR_FINDING);
    }

    @Test
    void a_name_is_its_path_where_the_platform_decodes_it() throws IOException {
        assertThat(BatchFiles.source(Path.of("reports", "年报 2023.pdf")))
                .isEqualTo("reports/年报 2023.pdf".replace('/', java.io.File.separatorChar));
        assertThat(BatchFiles.SOURCE_ORDER.compare("cn/年报.pdf", "cn/银州区年报.html")).isNegative();
        // code point order, as Spark and the file system sort: a character beyond U+FFFF after U+FFxx
        assertThat(BatchFiles.SOURCE_ORDER.compare("\uD840\uDC00", "\uFF10")).isPositive();
    }
}
