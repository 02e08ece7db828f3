package org.xxgk.interpret;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.xxgk.extract.Vocabulary;

/**
 * The report forms' words as the extractors need them: the header that opens the LEGACY statistics
 * table printed without rules, what a value cell looks like (signs 增/减, units % and 万元), and the
 * page numbers a paged report prints (第3页, 第3页共10页, - 3 -, 3 / 10). One definition for every
 * format: the PDF extractor and the interpreter's own readers ask the same questions here.
 */
public final class ReportVocabulary implements Vocabulary {

    /** The one instance: it holds only compiled patterns. */
    public static final ReportVocabulary INSTANCE = new ReportVocabulary();

    /** Header cells that open the LEGACY 统计指标 | 单位 | 统计数 table, the one form printed without rules. */
    private static final List<String> UNRULED_TABLE_HEADERS = List.of("统计指标");
    private static final Pattern VALUE = Pattern.compile("[增减+\\-−]?\\s*\\d[\\d,.]*\\s*(%|万元)?");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－―]+\\s*\\d{1,3}\\s*[-—–－―]+"
                    + "|第\\s*\\d{1,3}\\s*页(\\s*[,,]?\\s*共\\s*\\d{1,3}\\s*页)?"
                    + "|共\\s*\\d{1,3}\\s*页\\s*[,,]?\\s*第\\s*\\d{1,3}\\s*页"
                    + "|\\d{1,3}\\s*/\\s*\\d{1,3}");

    private ReportVocabulary() {}

    @Override
    public boolean opensUnruledTable(String compactLine) {
        for (String header : UNRULED_TABLE_HEADERS) {
            if (compactLine.contains(header)) return true;
        }
        return false;
    }

    @Override
    public boolean isValue(String cellText) {
        return VALUE.matcher(cellText.strip()).matches();
    }

    @Override
    public boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(line.strip()).matches();
    }

    @Override
    public boolean startsNumbered(String cellText) {
        return Labels.numbering(cellText).isPresent();
    }

    @Override
    public boolean isNumberingOnly(String cellText) {
        return Labels.isNumberingOnly(cellText);
    }

    @Override
    public Optional<String> reportTitle(String name) {
        return ProseReader.titleIn(name);
    }
}
