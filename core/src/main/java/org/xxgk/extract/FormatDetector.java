package org.xxgk.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgk.internal.Encodings;
import org.xxgk.internal.Markup;
import org.xxgk.source.DocumentFormat;

/**
 * Tells PDF, HTML and plain text apart by content; the file name is only a tie-breaker. Known
 * binary formats (images, archives, Office files) and binary junk are {@link DocumentFormat#UNKNOWN}.
 * A {@code .txt} or {@code .js} file that holds a page is HTML: the HTML extractor finds the page in it.
 */
public final class FormatDetector {

    /** How far the head is read for binary junk and for a page's opening tag. */
    private static final int HEAD = 8192;

    /**
     * How far markup is looked for: a saved page behind a crawler's header, or a JavaScript or JSON
     * file whose string holds the page, has its first tag well past the head. Bytes beyond this are
     * never read by {@link #detect}.
     */
    public static final int SNIFF_BYTES = 1 << 20;

    /** A byte order mark (as ISO-8859-1 or UTF-16 shows it) and white space before the first tag. */
    private static final Pattern LEADING_BOM_AND_SPACE =
            Pattern.compile("^(\u00ef\u00bb\u00bf|\u00fe\u00ff|\u00ff\u00fe|\ufeff)?\\s*");

    private FormatDetector() {}

    /**
     * The format of {@code content}: PDF by its header, HTML by markup (a page that opens with a
     * tag, or real table and paragraph markup anywhere in the first {@link #SNIFF_BYTES}, raw or
     * escaped inside a JavaScript or JSON string), else TEXT; {@link DocumentFormat#UNKNOWN} for
     * binary content and for a {@code .pdf} name without a PDF header.
     */
    public static DocumentFormat detect(byte[] content, String name) {
        if (content.length == 0) return DocumentFormat.UNKNOWN;
        if (indexOf(content, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) return DocumentFormat.PDF;
        if (isKnownBinary(content)) return DocumentFormat.UNKNOWN;
        int n = Math.min(content.length, HEAD);
        if (looksBinary(content, n)) return DocumentFormat.UNKNOWN;
        // ISO-8859-1 keeps ASCII markup readable whatever the real charset; UTF-16 needs decoding
        Charset view = Encodings.bomCharset(content)
                .filter(cs -> cs.name().startsWith("UTF-16"))
                .orElse(StandardCharsets.ISO_8859_1);
        int windowBytes = Math.min(content.length, SNIFF_BYTES);
        // a byte a character: the head is decoded alone, the whole window only where markup is looked for in it (a
        // page that opens with its doctype is told by its head)
        boolean byteAChar = view.equals(StandardCharsets.ISO_8859_1);
        String window = byteAChar ? null : new String(content, 0, windowBytes, view);
        String headText = byteAChar
                ? new String(content, 0, Math.min(windowBytes, HEAD), view)
                : window.substring(0, Math.min(window.length(), HEAD));
        int headLength = headText.length();
        // lower case changes no byte order mark or white space: where the first tag would start is found as printed
        Matcher lead = LEADING_BOM_AND_SPACE.matcher(headText);
        int start = lead.lookingAt() ? lead.end() : 0;
        // most texts start with no tag: the head is lowered only for one that may (a character that lower case changes
        // could be a byte order mark's, Ï»¿, once lowered)
        char first = start < headLength ? headText.charAt(start) : '<';
        if (first != '<' && Character.toLowerCase(first) == first) {
            boolean markup = Markup.holdsMarkup(window(content, windowBytes, view, window));
            return markup ? DocumentFormat.HTML : notMarkup(name);
        }
        String head = headText.toLowerCase(Locale.ROOT);
        String trimmed = LEADING_BOM_AND_SPACE.matcher(head).replaceFirst("");
        if (trimmed.startsWith("<!doctype html")
                || trimmed.startsWith("<html")
                || trimmed.startsWith("<?xml") && head.contains("<html")
                || trimmed.startsWith("<") && Markup.TAG.matcher(head).find()
                || Markup.holdsMarkup(window(content, windowBytes, view, window))) {
            return DocumentFormat.HTML;
        }
        return notMarkup(name);
    }

    /** The first {@code bytes} of {@code content} decoded, or {@code decoded} where they already are. */
    private static String window(byte[] content, int bytes, Charset view, String decoded) {
        return decoded != null ? decoded : new String(content, 0, bytes, view);
    }

    /** The format of content that holds no markup: text, unless its name claims a PDF. */
    private static DocumentFormat notMarkup(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) return DocumentFormat.UNKNOWN; // claims PDF but has no PDF header
        return DocumentFormat.TEXT;
    }

    /** A file type no report is printed in, by the bytes it starts with, and what to tell the user it is. */
    private record Magic(int[] prefix, String kind) {
        static Magic of(String kind, int... prefix) {
            return new Magic(prefix, kind);
        }
    }

    private static final String SAVE_AS = "; save it as PDF or HTML to read it";
    private static final List<Magic> BINARIES = List.of(
            Magic.of("a JPEG image", 0xFF, 0xD8, 0xFF),
            Magic.of("a PNG image", 0x89, 'P', 'N', 'G'),
            Magic.of("a GIF image", 'G', 'I', 'F', '8'),
            Magic.of("a ZIP archive, as a Word .docx, Excel .xlsx or WPS file is" + SAVE_AS, 'P', 'K', 3, 4),
            Magic.of("an OLE2 file, as a Word .doc, Excel .xls or WPS .wps file is" + SAVE_AS, 0xD0, 0xCF, 0x11, 0xE0),
            Magic.of("a gzip archive", 0x1F, 0x8B),
            Magic.of("a RAR archive", 'R', 'a', 'r', '!'),
            Magic.of("a 7-Zip archive", '7', 'z', 0xBC, 0xAF),
            Magic.of("a TIFF image", 'I', 'I', '*', 0),
            Magic.of("a TIFF image", 'M', 'M', 0, '*'),
            Magic.of("an RTF document" + SAVE_AS, '{', '\\', 'r', 't', 'f'));

    /**
     * What a file that is no PDF, web page or text is, by its first bytes (an image, an archive, a Word document),
     * with what to do where it holds a report; empty where its bytes say nothing known.
     */
    public static Optional<String> binaryKind(byte[] content) {
        for (Magic m : BINARIES) if (startsWith(content, m.prefix())) return Optional.of(m.kind());
        return Optional.empty();
    }

    private static boolean isKnownBinary(byte[] b) {
        return binaryKind(b).isPresent();
    }

    /** The bytes {@link #looksBinary} counts (and NUL, which ends its count): controls that text has no use for. */
    private static final boolean[] CONTROL = new boolean[256];

    static {
        for (int c = 0; c < 0x20; c++) CONTROL[c] = c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B;
    }

    /** NUL bytes or many control characters in the head, and not UTF-16 with a BOM. */
    private static boolean looksBinary(byte[] b, int n) {
        if (Encodings.bomCharset(b).map(cs -> cs.name().startsWith("UTF-16")).orElse(false)) return false;
        int control = 0;
        for (int i = 0; i < n; i++) {
            // one branch a byte, most of them text
            if (!CONTROL[b[i] & 0xFF]) continue;
            if (b[i] == 0) return true;
            control++;
        }
        return control > n / 100 + 2;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) return false;
        }
        return true;
    }

    private static int indexOf(byte[] b, byte[] needle, int limit) {
        int end = Math.min(b.length - needle.length, limit);
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
