package org.xxgk.extract.html;

import java.util.function.Consumer;

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
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isCollapsible(cp)) {
                pendingSpace = true;
                if (cp == '\n' || cp == '\r') pendingBreak = true;
                continue;
            }
            if (pendingSpace && line.length() > 0
                    && !(pendingBreak && isWide(line.codePointBefore(line.length())) && isWide(cp))) {
                line.append(' ');
            }
            pendingSpace = false;
            pendingBreak = false;
            line.appendCodePoint(cp);
        }
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

    /** The white space HTML collapses: space, tab, LF, FF, CR (not NBSP or the wide spaces). */
    static boolean isCollapsible(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f';
    }

    /** Whether a character is East Asian wide: ideographs, kana, CJK punctuation, full-width forms. */
    static boolean isWide(int cp) {
        if (cp >= 0x2E80 && cp <= 0x303F) return true; // radicals, ideographic description, CJK symbols and punctuation
        if (cp >= 0xFF01 && cp <= 0xFF60) return true;  // full-width ASCII forms
        if (cp >= 0xFFE0 && cp <= 0xFFE6) return true;  // full-width signs
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO;
    }
}
