package org.xxgk.extract.html;

import java.util.function.Consumer;
import org.xxgk.internal.Text;

/**
 * Lays out inline text the way a browser does, one line at a time: runs of ASCII white space
 * collapse to one space, none is kept at a line's ends, and a run that holds a source line break
 * between two wide (CJK) characters disappears (CSS segment-break rule), so markup wrapped inside
 * a Chinese word does not split it. Adjacent text nodes join with nothing in between, so a number
 * split over two {@code <span>}s stays one number. NBSP, EN SPACE and full-width characters are
 * text, not markup, and are kept as printed for the interpreter.
 */
final class InlineText {

    private final StringBuilder line = new StringBuilder();
    private final Consumer<String> lines;
    private boolean pendingSpace;
    private boolean pendingBreak;

    /** @param lines receives each finished line that holds any text */
    InlineText(Consumer<String> lines) {
        this.lines = lines;
    }

    /** Appends text as normal flow content. */
    void append(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isCollapsible(c)) {
                pendingSpace = true;
                if (c == '\n' || c == '\r') pendingBreak = true;
                i++;
                continue;
            }
            // a run of text up to the next white space is copied whole (white space is ASCII: no pair is split)
            int end = i + 1;
            while (end < n && !isCollapsible(text.charAt(end))) end++;
            if (pendingSpace && line.length() > 0
                    && !(pendingBreak && isWide(line.codePointBefore(line.length())) && isWide(text.codePointAt(i)))) {
                line.append(' ');
            }
            pendingSpace = false;
            pendingBreak = false;
            line.append(text, i, end);
            i = end;
        }
    }

    /** Appends text whose line breaks end lines, white space within a line collapsed as {@link #append} does. */
    void appendLines(String text) {
        int from = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
            append(text.substring(from, nl));
            endLine();
            from = nl + 1;
        }
        append(text.substring(from));
    }

    /** Appends text of a {@code <pre>}: white space is kept and each line break ends a line. */
    void appendPreformatted(String text) {
        pendingSpace = false;
        pendingBreak = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                endLine();
            } else if (c != '\r') {
                line.append(c);
            }
        }
    }

    /** Ends the current line (a block boundary or {@code <br>}), handing it on if it holds any text. */
    void endLine() {
        pendingSpace = false;
        pendingBreak = false;
        if (line.length() == 0) return;
        String text = line.toString();
        line.setLength(0);
        lines.accept(text);
    }

    /** Drops the current line and what is pending, as if nothing had been appended. */
    void clear() {
        line.setLength(0);
        pendingSpace = false;
        pendingBreak = false;
    }

    /** Whether text holds nothing but white space of any kind ({@link Text#strip} would leave nothing). */
    static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Text.isSpace(text.charAt(i))) return false;
        }
        return true;
    }

    /** The white space HTML collapses: space, tab, LF, FF, CR (not NBSP or the wide spaces). */
    static boolean isCollapsible(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f';
    }

    /** Whether a character is East Asian wide: ideographs, kana, CJK punctuation, full-width forms. */
    static boolean isWide(int cp) {
        // fast answers for most text: nothing below the Bopomofo tone marks U+02EA is wide; the common ideographs are
        if (cp < 0x2EA) return false;
        if (cp >= 0x4E00 && cp <= 0x9FFC) return true;
        if (cp >= 0x2E80 && cp <= 0x303F) return true; // radicals, ideographic description, CJK symbols and punctuation
        if (cp >= 0xFF01 && cp <= 0xFF60) return true;  // full-width ASCII forms
        if (cp >= 0xFFE0 && cp <= 0xFFE6) return true;  // full-width signs
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO;
    }
}
