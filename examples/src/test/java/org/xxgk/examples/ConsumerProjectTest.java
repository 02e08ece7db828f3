package org.xxgk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.Xxgk;
import org.xxgk.extract.html.HtmlDocumentExtractor;
import org.xxgk.extract.pdf.PdfDocumentExtractor;

/**
 * The README's "Use it from Java", done as a user does it: a throwaway Maven project whose pom takes
 * the README's XML block (the BOM import and the dependencies) and whose only class is the README's
 * Java block, both read from README.md itself, built by Maven against the xxgk artifacts and run on
 * samples in a JVM of its own.
 *
 * <p>The artifacts are installed into a local repository of the test's own, as {@code mvn install}
 * lays them out (each module's pom.xml, and its jar from this build), so that the test reads what
 * this build made whatever the user's {@code ~/.m2} holds and works under {@code mvn verify}. Every
 * other artifact (the libraries, Maven's plugins) comes from the local repository this build ran
 * with, through a {@code file:} mirror: nothing is fetched from the network.
 */
class ConsumerProjectTest {

    static final Path ROOT = Path.of("..");
    static final Path README = ROOT.resolve("README.md");
    static final Path SAMPLES = Path.of("samples");

    @TempDir
    static Path work;

    static String version;
    static String mainClass;
    static Path repo;
    static Path settings;
    static String parentPom;
    static Path project;
    static List<Path> classpath;

    @BeforeAll
    static void build_the_consumer_project() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String pomBlock = block(readme, "xml", "<artifactId>xxgk-bom</artifactId>");
        String javaBlock = block(readme, "java", "public static void main");

        version = match(Files.readString(ROOT.resolve("bom/pom.xml"), StandardCharsets.UTF_8),
                "<artifactId>xxgk-bom</artifactId>\\s*<version>([^<]+)</version>");
        parentPom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);

        repo = work.resolve("repository");
        install(repo, "xxgk-bom", version, ROOT.resolve("bom/pom.xml"), null);
        install(repo, "xxgk-parent", version, ROOT.resolve("pom.xml"), null);
        install(repo, "xxgk-core", version, ROOT.resolve("core/pom.xml"), codeSource(Xxgk.class));
        install(
                repo,
                "xxgk-extract-html",
                version,
                ROOT.resolve("extract-html/pom.xml"),
                codeSource(HtmlDocumentExtractor.class));
        install(
                repo,
                "xxgk-extract-pdf",
                version,
                ROOT.resolve("extract-pdf/pom.xml"),
                codeSource(PdfDocumentExtractor.class));

        settings = work.resolve("settings.xml");
        Files.writeString(settings, """
            <settings>
              <mirrors>
                <mirror>
                  <id>local-repository-of-this-build</id>
                  <mirrorOf>*</mirrorOf>
                  <url>%s</url>
                </mirror>
              </mirrors>
            </settings>
            """.formatted(buildRepository().toUri()), StandardCharsets.UTF_8);

        project = work.resolve("consumer");
        mainClass = match(javaBlock, "public (?:final )?class (\\w+)");
        Path source = project.resolve("src/main/java/" + mainClass + ".java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, javaBlock, StandardCharsets.UTF_8);
        Files.writeString(
                project.resolve("pom.xml"),
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>reads-reports</artifactId>
                  <version>1</version>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <maven.compiler.release>17</maven.compiler.release>
                  </properties>
                %s
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-resources-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(
                                pomBlock.indent(2).stripTrailing(),
                                pluginVersion(parentPom, "maven-compiler-plugin"),
                                pluginVersion(parentPom, "maven-resources-plugin")),
                StandardCharsets.UTF_8);

        classpath = maven(project, "compile");
    }

    /** Runs Maven on a project, then its dependency plugin; returns the project's run-time class path. */
    private static List<Path> maven(Path project, String... goals) throws Exception {
        Path classpathFile = project.resolve("classpath.txt");
        List<String> command = new ArrayList<>(List.of(
                mavenCommand(),
                "-B",
                "-q",
                "-s",
                settings.toString(),
                "-gs",
                settings.toString(),
                "-Dmaven.repo.local=" + repo,
                "-f",
                project.resolve("pom.xml").toString()));
        command.addAll(List.of(goals));
        command.addAll(List.of(
                "org.apache.maven.plugins:maven-dependency-plugin:"
                        + pluginVersion(parentPom, "maven-dependency-plugin") + ":build-classpath",
                "-Dmdep.includeScope=runtime",
                "-Dmdep.outputFile=" + classpathFile));
        run(work, command);
        return Arrays.stream(Files.readString(classpathFile, StandardCharsets.UTF_8)
                        .strip()
                        .split(Pattern.quote(File.pathSeparator)))
                .map(Path::of)
                .toList();
    }

    @Test
    void the_readme_snippet_prints_what_read_one_report_prints_and_nothing_on_stderr() throws Exception {
        for (String sample : List.of("001.pdf", "002.html", "000_5657be0d32f901c0.txt")) {
            String file = SAMPLES.resolve(sample).toAbsolutePath().toString();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8",
                    // a new font cache: this is the first PDF this JVM user ever reads
                    "-Dpdfbox.fontcache=" + work.resolve("fontcache-" + sample),
                    "-cp", project.resolve("target/classes") + File.pathSeparator
                            + classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator))));
            command.add(mainClass);
            command.add(file);
            Result result = exec(work, command);
            String expected = ExamplesSmokeTest.stdout(() -> ReadOneReport.main(new String[] {file}));
            assertThat(result.code()).as(sample + ": exit code; stderr:%n%s", result.err()).isZero();
            assertThat(result.err()).as(sample + ": stderr").isEmpty();
            assertThat(result.out()).as(sample).isEqualTo(expected).startsWith("template: ");
        }
    }

    @Test
    void the_consumer_gets_the_library_versions_the_tests_ran_with() throws Exception {
        // written by the build before the tests run (examples/pom.xml, execution test-classpath)
        Path testClasspath = codeSource(ConsumerProjectTest.class).getParent().resolve("test-classpath.txt");
        Set<String> tested = Arrays.stream(Files.readString(testClasspath, StandardCharsets.UTF_8)
                        .strip()
                        .split(Pattern.quote(File.pathSeparator)))
                .map(entry -> Path.of(entry).getFileName().toString())
                .collect(Collectors.toSet());
        // Tabula names slf4j-api 1.7.32; the BOM (and xxgk-extract-pdf) raise it to the version the tests run
        String slf4j = "slf4j-api-" + match(Files.readString(ROOT.resolve("bom/pom.xml"), StandardCharsets.UTF_8),
                "<slf4j.version>([^<]+)</slf4j.version>") + ".jar";
        assertThat(tested).as("the tests' class path").contains(slf4j);
        List<String> jars = classpath.stream().map(p -> p.getFileName().toString()).toList();
        assertThat(jars)
                .as("the consumer's run-time class path")
                .contains(slf4j)
                .noneMatch(jar -> jar.startsWith("slf4j-api-1.")
                        || jar.startsWith("slf4j-simple")
                        || jar.startsWith("pdfbox-3."));
        for (String jar : jars) {
            if (jar.startsWith("xxgk-")) continue;
            assertThat(tested).as("%s, on the consumer's class path, is on the tests' class path", jar).contains(jar);
        }
        assertThat(jars)
                .as("the xxgk artifacts come from this build")
                .contains(
                        "xxgk-core-" + version + ".jar",
                        "xxgk-extract-html-" + version + ".jar",
                        "xxgk-extract-pdf-" + version + ".jar");
    }

    @Test
    void without_the_bom_a_user_gets_the_same_libraries() throws Exception {
        Path plain = work.resolve("consumer-without-bom");
        Files.createDirectories(plain);
        StringBuilder dependencies = new StringBuilder();
        for (String artifact : List.of("xxgk-core", "xxgk-extract-html", "xxgk-extract-pdf")) {
            dependencies.append("    <dependency><groupId>org.xxgk</groupId><artifactId>").append(artifact)
                    .append("</artifactId><version>").append(version).append("</version></dependency>\n");
        }
        Files.writeString(plain.resolve("pom.xml"), """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>com.example</groupId>
              <artifactId>reads-reports-without-bom</artifactId>
              <version>1</version>
              <dependencies>
            %s  </dependencies>
            </project>
            """.formatted(dependencies), StandardCharsets.UTF_8);
        List<String> withBom = classpath.stream()
                .map(p -> p.getFileName().toString())
                .filter(jar -> !jar.startsWith("slf4j-nop"))
                .toList();
        assertThat(maven(plain).stream().map(p -> p.getFileName().toString()).toList())
                .as("the run-time class path of a project that names the xxgk artifacts without the BOM")
                .containsExactlyInAnyOrderElementsOf(withBom);
    }

    /** The one fenced block of {@code language} in {@code markdown} that contains {@code marker}. */
    static String block(String markdown, String language, String marker) {
        Matcher m = Pattern.compile("(?ms)^```" + language + "\\n(.*?)^```$").matcher(markdown);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            if (m.group(1).contains(marker)) found.add(m.group(1));
        }
        assertThat(found).as("```%s blocks in README.md holding %s", language, marker).hasSize(1);
        return found.get(0);
    }

    private static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) fail("no match for " + regex);
        return m.group(1);
    }

    private static String pluginVersion(String pom, String artifactId) {
        return match(pom, "<artifactId>" + Pattern.quote(artifactId) + "</artifactId>\\s*<version>([^<]+)</version>");
    }

    /** Lays out a pom (and a jar) as {@code mvn install} does. */
    private static void install(Path repo, String artifactId, String version, Path pom, Path classes)
            throws IOException {
        Path dir = repo.resolve("org/xxgk").resolve(artifactId).resolve(version);
        Files.createDirectories(dir);
        Files.copy(pom, dir.resolve(artifactId + "-" + version + ".pom"));
        if (classes == null) return;
        Path jar = dir.resolve(artifactId + "-" + version + ".jar");
        if (Files.isRegularFile(classes)) {
            Files.copy(classes, jar);
        } else {
            jar(classes, jar);
        }
    }

    /** The jar, or the classes folder, a class was loaded from. */
    private static Path codeSource(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    /** The local repository this build resolves from: where commons-lang3 came from. */
    private static Path buildRepository() throws URISyntaxException {
        Path jar = codeSource(org.apache.commons.lang3.StringUtils.class);
        Path repo = jar;
        for (int i = 0; i < 6 && repo != null; i++) repo = repo.getParent(); // org/apache/commons/commons-lang3/V/x.jar
        assertThat(repo).as("commons-lang3 comes from a Maven repository: %s", jar).isNotNull();
        assertThat(repo.resolve("org/apache/commons/commons-lang3")).as("the build's local repository").isDirectory();
        return repo;
    }

    private static String mavenCommand() {
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
        String name = windows ? "mvn.cmd" : "mvn";
        String home = System.getenv("MAVEN_HOME");
        if (home != null && Files.isExecutable(Path.of(home, "bin", name)))
            return Path.of(home, "bin", name).toString();
        return name;
    }

    record Result(int code, String out, String err) {}

    private static void run(Path dir, List<String> command) throws Exception {
        Result result = exec(dir, command);
        if (result.code() != 0) {
            fail("the consumer project did not build (exit " + result.code() + "): " + String.join(" ", command)
                    + "\n" + result.out() + result.err());
        }
    }

    private static Result exec(Path dir, List<String> command) throws Exception {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("MAVEN_OPTS");
        builder.environment().remove("MAVEN_ARGS");
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("timed out: " + String.join(" ", command));
        }
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static File nullFile() {
        return new File(
                System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows") ? "NUL" : "/dev/null");
    }
}
