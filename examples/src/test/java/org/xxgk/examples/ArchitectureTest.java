package org.xxgk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The house rules about who may know what, read from the sources of every module. */
class ArchitectureTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private static List<Path> sources(String dir) {
        try (Stream<Path> files = Files.walk(ROOT.resolve(dir))) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code of a file without its comments (string literals stay: they are what we look for). */
    private static String code(Path file) {
        return read(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
    }

    @Test
    void the_extractors_know_no_report_words() {
        // what a report's words mean belongs to the interpreter (ReportVocabulary), not to the format modules
        for (String dir : List.of(
                "extract-pdf/src/main/java", "extract-html/src/main/java", "core/src/main/java/org/xxgk/extract")) {
            for (Path file : sources(dir)) {
                assertThat(HAN.matcher(code(file)).find()).as("Chinese words in the code of %s", file).isFalse();
            }
        }
    }

    @Test
    void model_and_extract_do_not_depend_on_each_other() {
        for (Path file : sources("core/src/main/java/org/xxgk/model")) {
            assertThat(read(file)).as(file.toString()).doesNotContain("import org.xxgk.extract.");
        }
        for (Path file : sources("core/src/main/java/org/xxgk/extract")) {
            assertThat(read(file)).as(file.toString()).doesNotContain("import org.xxgk.model.");
        }
        for (Path file : sources("core/src/main/java/org/xxgk/source")) {
            assertThat(read(file))
                    .as(file.toString())
                    .doesNotContain("import org.xxgk.extract.")
                    .doesNotContain("import org.xxgk.model.");
        }
    }
}
