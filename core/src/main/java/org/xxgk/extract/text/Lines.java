package org.xxgk.extract.text;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Optional;
import org.xxgk.internal.Encodings;
import org.xxgk.internal.Text;

/**
 * The lines of an input, decoded as the parser reaches them rather than all at once: the text is
 * never held as one string beside its lines, and a line the parser has passed can be dropped (a
 * UTF-8 input of at most {@link Encodings#WHOLE_DECODE_BYTES} is the exception: decoded whole, which
 * is quicker, and cut as it is read). A
 * run of blank lines (white space only) is one entry, {@code ""}, so that a file of line breaks
 * costs nothing; every other entry is one line as printed, with its 1-based line number. Line
 * breaks are {@code \r\n}, {@code \r} and {@code \n}. Not thread-safe, one per document.
 */
final class Lines {

    static final String BLANK = "";

    // UTF-8 and GB18030 (what a text without a byte order mark is read as) never hold a CR or LF byte inside a
    // character: their lines are cut on the bytes and each decoded on its own, with no reader and its buffers
    private final byte[] content;
    private final Charset charset;
    private int position;
    private final BufferedReader reader;
    // or the whole text decoded at once (a small UTF-8 input), cut at the next \n and \r, each found once
    private final String text;
    private int nextLf = -1;
    private int nextCr = -1;
    private String[] texts = new String[256];
    private int[] numbers = new int[256];
    private int size;
    private int read; // physical lines read so far
    private boolean blankPending;
    // whether the blank run being read, and each blank entry, ends with a line of spaces rather than an empty one
    private boolean pendingEndsWithSpaces;
    private final BitSet spacedEnd = new BitSet();
    private boolean done;

    /** The lines of a text file's bytes: decoded whole when they are small UTF-8, else as the parser goes. */
    static Lines of(byte[] content) {
        Optional<String> whole = Encodings.wholeUtf8(content);
        if (whole.isPresent()) return new Lines(whole.get());
        return new Lines(content, Encodings.detect(content, Optional.empty()));
    }

    /** The lines of a text decoded whole. */
    Lines(String text) {
        this.content = null;
        this.charset = StandardCharsets.UTF_8;
        this.reader = null;
        this.text = text;
    }

    Lines(byte[] content, Encodings.Detected detected) {
        this.text = null;
        this.content = content;
        this.charset = detected.charset();
        this.position = detected.skip();
        boolean byBytes = charset.equals(StandardCharsets.UTF_8) || charset.equals(Encodings.GB18030);
        // InputStreamReader replaces malformed input as new String(bytes, charset) does
        this.reader = byBytes
                ? null
                : new BufferedReader(
                        new InputStreamReader(
                                new ByteArrayInputStream(content, detected.skip(), content.length - detected.skip()),
                                charset),
                        Math.max(1, Math.min(1 << 16, content.length)));
    }

    /** The next line without its terminator ({@code \r\n}, {@code \r} or {@code \n}); null at the end. */
    private String readLine() throws IOException {
        if (reader != null) return reader.readLine();
        if (text != null) return cutLine();
        if (position >= content.length) return null;
        int end = position;
        while (end < content.length && content[end] != '\n' && content[end] != '\r') end++;
        String line = new String(content, position, end - position, charset);
        position = end < content.length - 1 && content[end] == '\r' && content[end + 1] == '\n' ? end + 2 : end + 1;
        return line;
    }

    /** The next line of the whole text, as {@link #readLine} cuts the bytes. */
    private String cutLine() {
        int n = text.length();
        if (position >= n) return null;
        if (nextLf < position) nextLf = indexOrEnd('\n');
        if (nextCr < position) nextCr = indexOrEnd('\r');
        int end = Math.min(nextLf, nextCr);
        String line = text.substring(position, end);
        position = end < n - 1 && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        return line;
    }

    private int indexOrEnd(char c) {
        int at = text.indexOf(c, position);
        return at < 0 ? text.length() : at;
    }

    /** Whether entry {@code i} exists (reading up to it). */
    boolean has(int i) {
        while (size <= i && !done) next();
        return i < size;
    }

    /** Entry {@code i}: a line, or {@link #BLANK} for a run of blank lines. */
    String get(int i) {
        if (!has(i)) throw new IndexOutOfBoundsException(i);
        String s = texts[i];
        if (s == null) throw new IllegalStateException("line entry " + i + " was released");
        return s;
    }

    /** The 1-based number of the line of entry {@code i} (of a blank run, its first line). */
    int number(int i) {
        if (!has(i)) throw new IndexOutOfBoundsException(i);
        return numbers[i];
    }

    /**
     * Whether entry {@code i} is a run of blank lines whose last line holds spaces (not empty): html2text's mark of a
     * table row's end after an empty last cell, its white space on the line before the next row.
     */
    boolean blankEndsWithSpaces(int i) {
        return has(i) && spacedEnd.get(i);
    }

    /** Drops the entries before {@code i}: the parser does not look back. */
    void release(int i) {
        for (int k = Math.min(i, size) - 1; k >= 0 && texts[k] != null; k--) texts[k] = null;
    }

    private void next() {
        String line;
        try {
            line = readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        if (line == null) {
            done = true;
            if (blankPending) addBlank();
            blankPending = false;
            return;
        }
        read++;
        if (Text.isBlank(line)) {
            if (!blankPending) {
                blankPending = true;
                numbers = grow(numbers);
                numbers[size] = read; // kept for the entry, written when the run ends
            }
            pendingEndsWithSpaces = !line.isEmpty();
            return;
        }
        if (blankPending) {
            addBlank();
            blankPending = false;
        }
        add(line, read);
    }

    private void addBlank() {
        if (pendingEndsWithSpaces) spacedEnd.set(size);
        add(BLANK, numbers[size]);
    }

    private void add(String text, int number) {
        if (size == texts.length) {
            texts = Arrays.copyOf(texts, size * 2);
        }
        numbers = grow(numbers);
        texts[size] = text;
        numbers[size] = number;
        size++;
    }

    private int[] grow(int[] a) {
        return size < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }
}
