package org.xxgk.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.xxgk.cli.Session;
import org.xxgk.extract.FormatDetector;
import org.xxgk.source.DocumentFormat;

/**
 * The report files under a directory ({@link #isReport}), all subdirectories, symbolic links to
 * files and folders followed, sorted by name ({@link #SOURCE_ORDER}) so that a run is the same
 * whatever the file system's order. Nothing is left out silently: what the walk does not read is
 * {@link #skipped()} with the reason (a link that leads back into a folder it is in, a link to
 * nothing, a second path to a file already taken, a file that is not a report), and a subdirectory
 * that cannot be listed is a failure, not the end of the walk.
 *
 * <p>Files are named by {@link #source(Path)}: their path as walked, decoded as UTF-8 from the
 * bytes the file system holds even where the platform charset cannot (a POSIX locale, where Java
 * decodes {@code 年报.pdf} to question marks). Names are strings for output; a file is opened by
 * its {@link Path}, never by a name turned back into a path.
 *
 * @param found      the report files, sorted by source
 * @param unreadable what could not be listed below the root, sorted
 * @param skipped    what was not read and why, sorted by path
 */
public record BatchFiles(List<Found> found, List<BatchOutcome.Failed> unreadable, List<Skipped> skipped) {

    /**
     * A report file: the path to open it by, the name it goes by in every output, and its size when
     * walked (which of the files started ahead is read first: {@link BatchRunner}).
     */
    record Found(Path path, String source, long bytes) {
        Found {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * What the walk did not read.
     *
     * @param path   the path as walked (a {@link #source} name)
     * @param reason a stable code: {@code link-cycle}, {@code broken-link}, {@code same-file},
     *               {@code not-a-report-file}, {@code not-a-regular-file}
     * @param detail for people: the link's target, the path the file was taken under, ...
     */
    public record Skipped(String path, String reason, String detail) {
        public Skipped {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** The columns of {@code skipped.csv}. */
    static final List<String> SKIPPED_HEADER = List.of("path", "reason", "detail");

    /**
     * The order of sources in every output: by Unicode code point, which is the order of their
     * UTF-8 bytes, the order Spark sorts strings in and the order of the paths themselves.
     */
    public static final Comparator<String> SOURCE_ORDER = BatchFiles::compareCodePoints;

    public BatchFiles {
        found = List.copyOf(found);
        unreadable = List.copyOf(unreadable);
        skipped = List.copyOf(skipped);
    }

    /** The report files' paths, sorted. */
    public List<Path> files() {
        return found.stream().map(Found::path).toList();
    }

    /** The walk of {@code dir}; an {@link IOException} only when {@code dir} itself cannot be read. */
    public static BatchFiles walk(Path dir) throws IOException {
        return walk(dir, List.of());
    }

    /**
     * The walk of {@code dir}, leaving out the folders {@code exclude} (the batch's own outputs, when
     * they are inside {@code dir}) without a word: what the batch writes is never its input, and
     * the outputs of a run do not depend on whether an earlier run left some.
     */
    public static BatchFiles walk(Path dir, List<Path> exclude) throws IOException {
        if (!Files.exists(dir)) throw new IOException("no such directory");
        if (!Files.isDirectory(dir)) throw new IOException("not a directory");
        if (!Files.isReadable(dir)) throw new IOException("not readable");
        List<Object> excluded = exclude.stream().filter(Files::isDirectory).flatMap(p -> fileKey(p).stream()).toList();
        List<Path> excludedPaths = exclude.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        List<Found> files = new ArrayList<>();
        List<BatchOutcome.Failed> unreadable = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<Keyed> keyed = new ArrayList<>();
        // FOLLOW_LINKS: a link to a folder is walked, and a link back to a folder being walked is
        // reported as a FileSystemLoopException instead of being followed forever
        Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
                boolean ours = attrs.fileKey() != null
                        ? excluded.contains(attrs.fileKey())
                        : excludedPaths.contains(folder.toAbsolutePath().normalize());
                return ours ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isSymbolicLink()) {
                    // the walk could not follow it: the target does not exist (or cannot be reached)
                    skipped.add(new Skipped(
                            source(file), "broken-link", "a link to " + target(file) + ", which does not exist"));
                } else if (!attrs.isRegularFile()) {
                    skipped.add(new Skipped(source(file), "not-a-regular-file", "a device, pipe or socket"));
                } else if (isReport(file)) {
                    keyed.add(new Keyed(new Found(file, source(file), attrs.size()), attrs.fileKey()));
                } else {
                    skipped.add(new Skipped(source(file), "not-a-report-file", notAReportFile(file)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(dir)) throw e;
                if (e instanceof FileSystemLoopException) {
                    skipped.add(new Skipped(
                            source(file),
                            "link-cycle",
                            "a link to " + target(file) + ", a folder it is already in; not followed"));
                } else {
                    unreadable.add(new BatchOutcome.Failed(source(file), "io-error", "could not be listed: " + e));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        // one file reached by several paths (links, hard links) is read once: under the path that
        // goes through no link if there is one, else under the first in order
        keyed.sort(Comparator.comparing(k -> k.found().source(), SOURCE_ORDER));
        Map<Object, List<Found>> byKey = new LinkedHashMap<>();
        for (Keyed k : keyed) {
            byKey.computeIfAbsent(k.key() == null ? new Object() : k.key(), key -> new ArrayList<>()).add(k.found());
        }
        for (List<Found> paths : byKey.values()) {
            Found taken = paths.size() == 1
                    ? paths.get(0)
                    : paths.stream()
                            .filter(f -> direct(dir, f.path()))
                            .findFirst()
                            .orElse(paths.get(0));
            files.add(taken);
            for (Found other : paths) {
                if (other != taken) {
                    skipped.add(new Skipped(
                            other.source(),
                            "same-file",
                            "the same file as " + taken.source() + ", read under that name"));
                }
            }
        }
        files.sort(Comparator.comparing(Found::source, SOURCE_ORDER));
        unreadable.sort(Comparator.comparing(BatchOutcome.Failed::source, SOURCE_ORDER));
        skipped.sort(Comparator.comparing(Skipped::path, SOURCE_ORDER));
        return new BatchFiles(files, unreadable, skipped);
    }

    private record Keyed(Found found, Object key) {}

    /** Whether the walk reached {@code file} through no link: its real path is the walk's. */
    private static boolean direct(Path dir, Path file) {
        try {
            return file.toRealPath().equals(dir.toRealPath().resolve(dir.relativize(file)));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Optional<Object> fileKey(Path path) {
        try {
            return Optional.ofNullable(Files.readAttributes(path, BasicFileAttributes.class).fileKey());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String target(Path link) {
        try {
            return source(Files.readSymbolicLink(link));
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }

    private static String notAReportFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Session.SCRIPT_SUFFIXES.stream().anyMatch(name::endsWith)
                ? "a script or data file that holds no HTML page"
                : "not a report file type (" + String.join(", ", Session.REPORT_SUFFIXES) + ")";
    }

    /** Opens a file's content, for {@link #isReport(String, Content)}. */
    public interface Content {
        InputStream open() throws IOException;
    }

    /** Whether a file is read: a report name, or a script or data file that holds a page. */
    public static boolean isReport(Path file) {
        return isReport(file.getFileName().toString(), () -> Files.newInputStream(file));
    }

    /**
     * Whether a file is read: a report name ({@link #isReportName}), or a script or data name
     * ({@link Session#SCRIPT_SUFFIXES}, any case) whose content {@link FormatDetector} finds HTML in.
     */
    public static boolean isReport(String name, Content content) {
        if (isReportName(name)) return true;
        String lower = name.toLowerCase(Locale.ROOT);
        if (Session.SCRIPT_SUFFIXES.stream().noneMatch(lower::endsWith)) return false;
        try (InputStream in = content.open()) {
            return FormatDetector.detect(in.readNBytes(FormatDetector.SNIFF_BYTES), name) == DocumentFormat.HTML;
        } catch (IOException e) {
            return true; // taken, so that reading it reports why it cannot be read
        }
    }

    static boolean isReportName(Path path) {
        return isReportName(path.getFileName().toString());
    }

    /** Whether a file of that name is read: {@link Session#REPORT_SUFFIXES}, in any case. */
    static boolean isReportName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Session.REPORT_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    // ---- names ---------------------------------------------------------------------------------

    /**
     * A path's name in the outputs: {@link Path#toString()} where the platform charset decodes it;
     * else (a POSIX or other single-byte locale, where {@code sun.jnu.encoding} is ASCII and every
     * Chinese character becomes U+FFFD) the path's own bytes decoded as UTF-8, or, failing that, as
     * GB18030 (names from a Windows archive), or with each undecodable byte as {@code %XX}. Two
     * files never share a name, and a name never depends on the locale of the run.
     */
    public static String source(Path path) {
        String text = path.toString();
        if (text.indexOf('\uFFFD') < 0) return text;
        Optional<byte[]> bytes = bytes(path);
        if (bytes.isEmpty()) return text;
        return decode(bytes.get(), StandardCharsets.UTF_8)
                .or(() -> decode(bytes.get(), Charset.forName("GB18030")))
                .orElseGet(() -> escaped(bytes.get()));
    }

    /**
     * The bytes the file system holds for {@code path} as given (relative stays relative).
     * {@link Path#toUri()} is the one public view of them: it percent-escapes the path's own
     * bytes, where {@code toString()} decodes them with the platform charset.
     */
    private static Optional<byte[]> bytes(Path path) {
        if (!"file".equals(path.getFileSystem().provider().getScheme())) return Optional.empty();
        try {
            byte[] absolute = unescape(path.toAbsolutePath().toUri().getRawPath());
            int length = absolute.length;
            if (length > 1 && absolute[length - 1] == '/' && !path.toString().endsWith("/"))
                length--; // a folder's URI ends in '/'
            int start = 0;
            if (!path.isAbsolute()) {
                byte[] cwd = unescape(Path.of("").toAbsolutePath().toUri().getRawPath()); // ends in '/'
                if (!startsWith(absolute, cwd)) return Optional.empty();
                start = cwd.length;
            }
            byte[] own = new byte[length - start];
            System.arraycopy(absolute, start, own, 0, own.length);
            return Optional.of(own);
        } catch (RuntimeException e) { // NOPMD: an odd path keeps its platform name
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) return false;
        }
        return true;
    }

    private static byte[] unescape(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                // the rest of a URI path is ASCII
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }

    private static Optional<String> decode(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String escaped(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            if (b >= 0x20 && b < 0x7f && b != '%') text.append((char) b);
            else text.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
        }
        return text.toString();
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
