package org.xxgk.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.cli.Cli;
import org.xxgk.cli.Session;

import static org.assertj.core.api.Assertions.assertThat;

/** Which files a directory walk takes: report names always, script and data files when they hold a page. */
class BatchFilesTest {

    private static final String TABLE =
            "<table class=\"t\"><tr><td>自然人</td><td>12</td></tr><tr><td>总计</td><td>12</td></tr></table>";

    @Test
    void takesPagesInScriptsAndDataButNotTheSiteOwnFiles(@TempDir Path dir) throws IOException {
        write(dir.resolve("a.txt"), "2020年政府信息公开工作年度报告");
        write(dir.resolve("b.htm"), "<html><body>" + TABLE + "</body></html>");
        write(dir.resolve("c.SHTML"), "<html><body>" + TABLE + "</body></html>");
        write(dir.resolve("d.js"), "document.write(\"" + TABLE.replace("\"", "\\\"").replace("</", "<\\/") + "\");");
        write(dir.resolve("e.json"), "{\"title\":\"年报\",\"content\":\"" + TABLE.replace("\"", "\\\"") + "\"}");
        write(
                dir.resolve("site.js"),
                "function toggle(id) { var e = document.getElementById(id); e.hidden = !e.hidden; }");
        write(dir.resolve("config.json"), "{\"siteName\":\"重庆市人民政府网\",\"pageSize\":20}");
        write(dir.resolve("style.css"), "table { border-collapse: collapse; }");

        BatchFiles walk = BatchFiles.walk(dir);

        assertThat(walk.files())
                .extracting(f -> f.getFileName().toString())
                .containsExactly("a.txt", "b.htm", "c.SHTML", "d.js", "e.json");
        assertThat(walk.unreadable()).isEmpty();
        assertThat(new Session(new PrintWriter(Writer.nullWriter())).expand(List.of(dir))).isEqualTo(walk.files());
    }

    /**
     * Issue 13, point 5: links to files and folders are followed; a link back into a folder it is
     * in, a link to nothing and a second path to a file already taken are listed with the reason,
     * as is every file that is not a report; {@code check} walks the same way.
     */
    @Test
    void followsLinksGuardsAgainstCyclesAndListsWhatItSkips(@TempDir Path temp) throws IOException {
        Path dir = temp.resolve("in");
        Path outside = temp.resolve("elsewhere");
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(outside.resolve("more"));
        write(dir.resolve("a/one.txt"), "2020年政府信息公开工作年度报告");
        write(outside.resolve("two.txt"), "2021年政府信息公开工作年度报告");
        write(outside.resolve("more/three.html"), "<html><body>" + TABLE + "</body></html>");
        write(dir.resolve("notes.doc"), "not a report");
        try {
            Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));                       // a folder, a second time
            Files.createSymbolicLink(dir.resolve("a/loop"), Path.of(".."));                 // back up: a cycle
            Files.createSymbolicLink(dir.resolve("c.txt"), outside.resolve("two.txt"));     // a file outside DIR
            Files.createSymbolicLink(dir.resolve("d"), outside.resolve("more"));            // a folder outside DIR
            Files.createSymbolicLink(dir.resolve("gone.pdf"), temp.resolve("missing.pdf")); // a link to nothing
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.assumeTrue(false, "symbolic links: " + e);
        }

        BatchFiles walk = BatchFiles.walk(dir);

        String in = dir.toString();
        assertThat(walk.found()).extracting(BatchFiles.Found::source)
                .containsExactly(in + "/a/one.txt", in + "/c.txt", in + "/d/three.html");
        assertThat(walk.skipped()).extracting(s -> s.path() + " " + s.reason()).containsExactly(
                in + "/a/loop link-cycle",
                in + "/b/loop link-cycle",
                in + "/b/one.txt same-file",
                in + "/gone.pdf broken-link",
                in + "/notes.doc not-a-report-file");
        assertThat(walk.skipped().get(2).detail())
                .isEqualTo("the same file as " + in + "/a/one.txt, read under that name");
        assertThat(walk.skipped().get(0).detail()).contains("a folder it is already in");
        assertThat(walk.unreadable()).isEmpty();

        StringWriter err = new StringWriter();
        Session session = new Session(new PrintWriter(err));
        assertThat(session.expand(List.of(dir))).isEqualTo(walk.files());
        assertThat(session.failed()).isFalse();
        assertThat(err.toString().lines())
                .containsExactly(
                        "xxgk: " + in
                                + "/a/loop: skipped (link-cycle): a link to .., a folder it is already in; not"
                                + " followed",
                        "xxgk: " + in
                                + "/b/loop: skipped (link-cycle): a link to .., a folder it is already in; not"
                                + " followed",
                        "xxgk: " + in + "/b/one.txt: skipped (same-file): the same file as " + in
                                + "/a/one.txt, read under that name",
                        "xxgk: " + in + "/gone.pdf: skipped (broken-link): a link to " + temp.resolve("missing.pdf")
                                + ", which does not exist");
    }

    @Test
    void theBatchFollowsLinksAndListsWhatItSkipped(@TempDir Path temp) throws IOException {
        Path dir = temp.resolve("in");
        Files.createDirectories(dir.resolve("real"));
        Files.copy(Path.of("samples/001_7859ced941c8677a.txt"), dir.resolve("real/001.txt"));
        Files.copy(Path.of("samples/003.html"), temp.resolve("003.html"));
        try {
            Files.createSymbolicLink(dir.resolve("linked"), Path.of("real"));
            Files.createSymbolicLink(dir.resolve("real/up"), dir);
            Files.createSymbolicLink(dir.resolve("003.html"), temp.resolve("003.html"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.assumeTrue(false, "symbolic links: " + e);
        }
        Cli cli = Cli.run("batch", dir.toString(), "--out", temp.resolve("out").toString(), "--threads", "2");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.errLines()[cli.errLines().length - 1])
                .startsWith("xxgk batch: 2 files, 2 read, 0 failed; 3 skipped;");
        Path results = temp.resolve("out/results");
        assertThat(BatchCommandTest.csv(results.resolve("cells.csv"))).extracting(r -> r.get(0))
                .containsExactly("source", dir + "/003.html", dir + "/real/001.txt");
        assertThat(BatchCommandTest.csv(results.resolve("skipped.csv")))
                .extracting(r -> r.get(0) + " " + r.get(1))
                .containsExactly(
                        "path reason",
                        dir + "/linked/001.txt same-file",
                        dir + "/linked/up link-cycle",
                        dir + "/real/up link-cycle");
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
