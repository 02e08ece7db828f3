package org.xxgk.extract;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an extractor may ask about the words of the documents it reads. Extractors find tables and
 * text by their geometry and markup; what a report's words mean belongs to the interpreter, which
 * answers through {@link ExtractionContext#vocabulary()} (the reader passes the report forms' own).
 */
public interface Vocabulary {

    /**
     * Knows no document's words: no line opens an unruled table, a value is digits, a page number is decorated digits.
     */
    Vocabulary NONE = new Vocabulary() {
        private final Pattern number = Pattern.compile("[+\\-−]?\\d[\\d,.]*");
        private final Pattern pageNumber =
                Pattern.compile("[-—–－―]+\\s*\\d{1,4}\\s*[-—–－―]+|\\d{1,4}\\s*/\\s*\\d{1,4}");

        @Override
        public boolean opensUnruledTable(String compactLine) {
            return false;
        }

        @Override
        public boolean isValue(String cellText) {
            return number.matcher(cellText.strip()).matches();
        }

        @Override
        public boolean isPageNumber(String line) {
            return pageNumber.matcher(line.strip()).matches();
        }
    };

    /**
     * Whether a line of text (spaces removed) is the header row of a table printed without rules,
     * whose columns the extractor must find from the gaps between words.
     */
    boolean opensUnruledTable(String compactLine);

    /** Whether a cell's text is one value as documents print them (a number, maybe with a sign or a unit). */
    boolean isValue(String cellText);

    /**
     * Whether a line is a page number, footer style ({@code - 3 -}, {@code 3 / 10}, and the document language's own).
     */
    boolean isPageNumber(String line);

    /**
     * Whether a cell's text starts with a row's numbering as the documents print it: a row's own label then, never the
     * end of the label above it. None by default.
     */
    default boolean startsNumbered(String cellText) {
        return false;
    }

    /**
     * Whether a cell's text is a row's numbering and nothing else ({@code 2.}, {@code (二)}): the start of a label whose
     * rest went on below it (a row broken by a page). None by default.
     */
    default boolean isNumberingOnly(String cellText) {
        return false;
    }

    /**
     * The report title that a document's own name holds, as printed ({@code XX局2021年政府信息公开工作年度报告} of an HTML
     * page's {@code <title>XX局2021年政府信息公开工作年度报告_XX市人民政府网</title>}, the site's name after a separator
     * left off); empty where it holds none. None by default.
     */
    default Optional<String> reportTitle(String name) {
        return Optional.empty();
    }
}
