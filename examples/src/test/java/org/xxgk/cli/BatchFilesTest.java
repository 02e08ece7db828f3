package org.xxgk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a directory walk takes: report names always, script and data files when they hold a page. */
class BatchFilesTest {

    private static final String TABLE = "<table class=\"t\"><tr><td>自然人</td><td>12</td></tr><tr><td>总计</td><td>12</td></tr></table>";

    @Test
    void takesPagesInScriptsAndDataButNotTheSiteOwnFiles(@TempDir Path dir) throws IOException {
        write(dir.resolve("a.txt"), "2020年政府信息公开工作年度报告");
        write(dir.resolve("b.htm"), "<html><body>" + TABLE + "</body></html>");
        write(dir.resolve("c.SHTML"), "<html><body>" + TABLE + "</body></html>");
        write(dir.resolve("d.js"), "document.write(\"" + TABLE.replace("\"", "\\\"").replace("</", "<\\/") + "\");");
        write(dir.resolve("e.json"), "{\"title\":\"年报\",\"content\":\"" + TABLE.replace("\"", "\\\"") + "\"}");
        write(dir.resolve("site.js"), "function toggle(id) { var e = document.getElementById(id); e.hidden = !e.hidden; }");
        write(dir.resolve("config.json"), "{\"siteName\":\"重庆市人民政府网\",\"pageSize\":20}");
        write(dir.resolve("style.css"), "table { border-collapse: collapse; }");

        BatchFiles walk = BatchFiles.walk(dir);

        assertThat(walk.files()).extracting(f -> f.getFileName().toString()).containsExactly("a.txt", "b.htm", "c.SHTML", "d.js", "e.json");
        assertThat(walk.unreadable()).isEmpty();
        assertThat(new Session(new PrintWriter(Writer.nullWriter())).expand(List.of(dir))).isEqualTo(walk.files());
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
