package org.xxgk.model;

import java.util.Objects;

/**
 * The verbatim text of one numbered part of the report (一 to 六), tables left out.
 *
 * @param number  1 for 一、 ... 6 for 六、
 * @param heading the heading as printed
 * @param text    the section's prose, paragraphs joined with newlines
 */
public record ReportSection(int number, String heading, String text) {
    public ReportSection {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
        if (number < 1) throw new IllegalArgumentException("number must be >= 1: " + number);
    }
}
