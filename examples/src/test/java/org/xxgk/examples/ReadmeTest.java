package org.xxgk.examples;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.Reason;
import org.xxgk.source.WarningCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's commands are the ones CI runs, and its Java snippet is the compiled example's
 * ({@link ConsumerProjectTest} builds and runs the snippet as a user would).
 */
class ReadmeTest {

    static final Path README = Path.of("../README.md");
    static final Path EXAMPLE = Path.of("src/main/java/org/xxgk/examples/ReadOneReport.java");
    static final Path CI = Path.of("../.ci/run");

    static final String BUILD_AND_EXTRACT =
            "mvn -B -q package -DskipTests && java -jar examples/target/xxgk.jar extract"
                    + " examples/samples/000_5657be0d32f901c0.txt";
    static final String TEST_SUITE = "mvn -B verify";

    @Test
    void the_first_lines_are_the_two_commands_and_the_sample_exists() throws Exception {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        assertThat(lines.subList(0, 6)).containsExactly("# xxgk", "", "```sh", BUILD_AND_EXTRACT, TEST_SUITE, "```");
        assertThat(Path.of("samples/000_5657be0d32f901c0.txt")).isRegularFile();
    }

    @Test
    void ci_runs_the_readme_test_command() throws Exception {
        List<String> commands = Files.readAllLines(CI, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
        assertThat(commands).contains(TEST_SUITE);
    }

    @Test
    void the_java_snippet_is_read_one_report_without_its_package_line() throws Exception {
        List<String> source = Files.readAllLines(EXAMPLE, StandardCharsets.UTF_8);
        assertThat(source.subList(0, 2)).containsExactly("package org.xxgk.examples;", "");
        String snippet = String.join("\n", source.subList(2, source.size()));
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        assertThat(readme).contains("```java\n" + snippet + "\n```");
        assertThat(ConsumerProjectTest.block(readme, "java", "public static void main")).isEqualTo(snippet + "\n");
    }

    @Test
    void every_reason_and_warning_code_is_listed_and_nothing_else() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Reason and warning codes"), readme.indexOf("## The JSON"));
        List<String> rows = section.lines()
                .filter(l -> l.startsWith("| `"))
                .map(l -> l.substring(3, l.indexOf('`', 3)))
                .toList();
        List<String> codes = new ArrayList<>();
        for (Reason r : Reason.values()) codes.add(r.code());
        for (WarningCode w : WarningCode.values()) codes.add(w.code());
        assertThat(rows).containsExactlyInAnyOrderElementsOf(codes);
        // the warnings that leave values unread come first, as the README says ("the first four")
        List<WarningCode> unread = Arrays.stream(WarningCode.values()).filter(WarningCode::tableUnread).toList();
        assertThat(rows.subList(Reason.values().length, Reason.values().length + unread.size()))
                .containsExactlyElementsOf(unread.stream().map(WarningCode::code).toList());
        assertThat(section)
                .contains("the first "
                        + List.of("", "one", "two", "three", "four", "five", "six")
                                .get(unread.size()) + " leave");
    }
}
