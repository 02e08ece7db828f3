package org.xxgk.property;

/** How a report's text is laid out, after the real samples in {@code shared/real}. */
enum Layout {
    /** (a) crawler copy, body on one line, table cells run together with no separator (006, 008, 002, 030). */
    RUN_TOGETHER("a"),
    /** (b) crawler copy, body on one line, table cells one space apart (001). */
    ONE_SPACE("b"),
    /** (c) {@code pdftotext -layout}: columns aligned by spaces, header words in fragments (014). */
    ALIGNED("c"),
    /** (d) OCR-to-Markdown: one small pipe table per row group, placeholder headers (017). */
    MARKDOWN("d");

    final String letter;

    Layout(String letter) {
        this.letter = letter;
    }

    static Layout of(String letter) {
        for (Layout l : values()) if (l.letter.equals(letter) || l.name().equals(letter)) return l;
        throw new IllegalArgumentException(letter);
    }
}
