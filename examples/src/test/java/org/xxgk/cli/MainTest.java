package org.xxgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    static final Path SAMPLES = Path.of("samples");
    static final Path BAD = Path.of("src/test/resources/bad-input");

    @Test
    void help_lists_the_commands_and_exit_codes() {
        Cli cli = Cli.run("--help");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).contains("Usage: xxgk [-hV] [COMMAND]", "政府信息公开工作", "Commands:",
                "  extract  Prints each report as JSON, with its findings.",
                "  check    Checks the arithmetic of each report and prints what fails.",
                "Exit codes:", "  2   an input could not be read", "xxgk check examples/samples");
    }

    @Test
    void every_command_explains_itself() {
        Cli extract = Cli.run("extract", "--help");
        assertThat(extract.exitCode()).isZero();
        assertThat(extract.out())
                .contains(
                        "Usage: xxgk extract [-hV] [--max-bytes=BYTES] [--max-cells=CELLS]",
                        "JSON Lines",
                        "cells",
                        "provenance",
                        "findings",
                        "warnings",
                        "Exit codes:",
                        "  2   a FILE could not be read");
        Cli check = Cli.run("check", "--help");
        assertThat(check.exitCode()).isZero();
        assertThat(check.out()).contains("Usage: xxgk check [-hV] [--format=FORMAT] [--max-bytes=BYTES]",
                "--format=FORMAT     text (for people, the default) or json.", "勾稽关系", "Exit codes:",
                "  1   at least one report has an ERROR finding");
        Cli help = Cli.run("help", "check");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).isEqualTo(check.out());
    }

    @Test
    void every_commands_help_is_formatted_without_a_warning() {
        // a bare % in a description (cross@N=P%]) made picocli use its raw text and warn on System.err itself
        PrintStream stderr = System.err;
        ByteArrayOutputStream traced = new ByteArrayOutputStream();
        System.setErr(new PrintStream(traced, true, StandardCharsets.UTF_8));
        try {
            for (String command : List.of("extract", "check", "batch", "bench", "review", "compare")) {
                Cli cli = Cli.run(command, "--help");
                assertThat(cli.exitCode()).as(command).isZero();
                assertThat(cli.err()).as(command).isEmpty();
                assertThat(cli.out()).as(command).contains("Usage: xxgk " + command).doesNotContain("%n");
            }
        } finally {
            System.setErr(stderr);
        }
        assertThat(traced.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void version_is_printed() {
        Cli cli = Cli.run("--version");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).startsWith("xxgk ");
    }

    @Test
    void no_command_is_a_usage_error() {
        Cli cli = Cli.run();
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).startsWith("xxgk: a command is required").contains("Usage: xxgk");
    }

    @Test
    void an_unknown_option_is_a_usage_error() {
        Cli cli = Cli.run("check", "--colour", "x.txt");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.errLines())
                .containsExactly("xxgk: Unknown option: '--colour'", "Try 'xxgk check --help' for more information.");
    }

    @Test
    void a_missing_file_is_one_line_naming_it() {
        Path missing = Path.of("no/such/report.pdf");
        for (String command : new String[] {"extract", "check"}) {
            Cli cli = Cli.run(command, missing.toString());
            assertThat(cli.exitCode()).as(command).isEqualTo(2);
            assertThat(cli.errLines()).as(command).containsExactly("xxgk: " + missing + ": no such file [not-found]");
            assertThat(cli.err()).as(command).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void binary_junk_is_one_line_naming_it() {
        Path junk = BAD.resolve("random.bin");
        Cli cli = Cli.run("extract", junk.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.errLines())
                .containsExactly("xxgk: " + junk + ": not a PDF, HTML page or text document [unknown-format]");
    }

    @Test
    void a_word_document_is_named_with_what_to_do(@TempDir Path dir) throws IOException {
        Path docx = dir.resolve("report.docx");
        Files.write(docx, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
        Cli cli = Cli.run("extract", docx.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.errLines()).containsExactly("xxgk: " + docx + ": not a PDF, HTML page or text document: a ZIP"
                + " archive, as a Word .docx, Excel .xlsx or WPS file is; save it as PDF or HTML to read it"
                + " [unknown-format]");
    }

    @Test
    void other_bad_inputs_are_one_line_each_with_their_reason() {
        Cli cli = Cli.run("check", BAD.resolve("truncated.pdf").toString(), BAD.resolve("encrypted.pdf").toString(),
                BAD.resolve("empty.txt").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.errLines()).hasSize(3);
        assertThat(cli.errLines()[0])
                .startsWith("xxgk: " + BAD.resolve("truncated.pdf") + ": ")
                .endsWith("[corrupt-pdf]");
        assertThat(cli.errLines()[1])
                .startsWith("xxgk: " + BAD.resolve("encrypted.pdf") + ": ")
                .endsWith("[encrypted]");
        assertThat(cli.errLines()[2]).isEqualTo("xxgk: " + BAD.resolve("empty.txt") + ": the input is empty [empty]");
        assertThat(cli.out()).endsWith("0 reports checked, 0 with errors; 0 errors, 0 warnings, 0 info; "
                + "some inputs could not be read (see stderr)" + System.lineSeparator());
    }

    @Test
    void with_several_files_the_others_are_still_processed() {
        Path missing = Path.of("missing.txt");
        Path sample = SAMPLES.resolve("001_7859ced941c8677a.txt");
        Cli cli = Cli.run("extract", missing.toString(), sample.toString(), BAD.resolve("random.bin").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.errLines()).hasSize(2);
        assertThat(cli.errLines()[0]).contains(missing.toString());
        assertThat(cli.errLines()[1]).contains("random.bin");
        String[] lines = cli.out().split("\\R");
        assertThat(lines).hasSize(1);
        assertThat(lines[0]).startsWith("{\"source\":\"" + sample + "\",\"format\":\"TEXT\",\"template\":\"V2021\",");
    }

    @Test
    void a_directory_without_reports_is_reported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.docx"), "not a report");
        Cli cli = Cli.run("check", dir.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.errLines()).containsExactly("xxgk: " + dir
                + ": no .txt, .html, .htm, .shtml, .pdf, .md or .markdown files in this directory");
    }

    @Test
    void a_directory_of_markdown_copies_is_read(@TempDir Path dir) throws Exception {
        // what OCR and converters write: real 017 (OCR, one small table per row group) and pandoc's
        // GitHub Markdown of seed 000 (each read as by name: RealReportsTest, the derived layouts'
        // tests); a Markdown file that is no report is named on stderr, the others read
        Files.copy(Path.of("../core/src/test/resources/real/017.txt"), dir.resolve("017.md"));
        Files.copy(Path.of("../extract-html/src/test/resources/derived/pandoc-gfm/000.md"),
                dir.resolve("000.MARKDOWN"));
        Files.writeString(dir.resolve("README.md"), "# 说明\n\n本目录存放下载的年度报告。\n");
        Cli cli = Cli.run("check", "--format", "json", dir.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.errLines()).singleElement().asString()
                .startsWith("xxgk: " + dir.resolve("README.md") + ": ")
                .endsWith("[not-a-report]");
        String[] lines = cli.out().split("\\R");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("{\"source\":\"" + dir.resolve("000.MARKDOWN") + "\",");
        assertThat(lines[1]).startsWith("{\"source\":\"" + dir.resolve("017.md") + "\",");
    }

    @Test
    void check_runs_the_cross_report_rules_on_several_reports(@TempDir Path dir) throws Exception {
        // the same report filed for two years: its text is copied from year to year
        String text = Files.readString(SAMPLES.resolve("000_5657be0d32f901c0.txt"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a2020.txt"), text, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b2019.txt"), text.replace("2020", "2019"), StandardCharsets.UTF_8);
        Cli cli = Cli.run("check", dir.toString());
        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out()).contains("== across reports\n  WARNING DUPLICATE_TEXT\n")
                .endsWith("2 reports checked, 2 with errors; 6 errors, 2 warnings, 0 info\n");

        Cli json = Cli.run("check", "--format", "json", dir.toString());
        String[] lines = json.out().split("\\R");
        assertThat(lines).hasSize(2);
        assertThat(lines[1])
                .startsWith("{\"source\":\"" + dir.resolve("b2019.txt") + "\",")
                .contains("\"rule\":\"DUPLICATE_TEXT\"");
        assertThat(lines[0]).doesNotContain("DUPLICATE_TEXT");
    }
}
