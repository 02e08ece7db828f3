package org.xxgk.property;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.xxgk.model.Template;
import org.xxgk.property.Forms.ActiveItem;
import org.xxgk.property.Forms.ActiveRow;
import org.xxgk.property.Forms.AppRow;
import org.xxgk.property.Forms.LegacyRow;

/**
 * A random report as a portal page shows it: Word's and the web editors' markup in every cell, the official merged
 * cells (三、本年度办理结果 over the result rows, (三) over its eight, the three header rows) or fewer label columns and
 * group headings as rows of their own, one header row or none, section 二 in one table or one a item, a table cut in
 * two where a page broke, the review table with an empty sixteenth column or as three rows, full-width digits,
 * thousands separators, zeros left blank, a number split over two spans, labels worded, spaced and broken by
 * {@code <br>} as portals do, tables nested in a layout table. Every value stands in a table cell of its own.
 */
final class PortalPage {

    /** One table cell: its inner HTML and spans. */
    private record Cell(String html, int rows, int cols) {
        Cell(String html) {
            this(html, 1, 1);
        }
    }

    private final GeneratedReport r;
    private final Random rnd;
    private final StringBuilder out = new StringBuilder();
    /** 0: bare cells; 1: Word's {@code p.MsoNormal > span}; 2: a web editor's {@code p > span}. */
    private final int markup;
    private final boolean fullWidth;
    private final boolean breaks;
    /** Zeros printed as empty cells (003 does): their keys have no value. */
    private final boolean blankZeros;
    private final boolean thousands;
    private final boolean spacerRow;
    private final boolean headerCells;
    /** How the row labels are worded: 0 as the form; 1 full-width points, straight quotes; 2 spaced out; 3 no notes. */
    private final int wording;
    private final Set<String> blanks = new HashSet<>();

    PortalPage(GeneratedReport r, Random rnd) {
        this.r = r;
        this.rnd = rnd;
        this.markup = rnd.nextInt(3);
        this.fullWidth = rnd.nextDouble() < 0.15;
        this.breaks = rnd.nextDouble() < 0.3;
        this.blankZeros = rnd.nextDouble() < 0.2;
        this.thousands = rnd.nextDouble() < 0.2;
        this.spacerRow = markup == 1 && rnd.nextBoolean();
        this.headerCells = rnd.nextDouble() < 0.2;
        this.wording = rnd.nextInt(4);
    }

    /** The value of every cell the page prints: the report's, less the zeros left blank (once {@link #render} ran). */
    Map<String, BigDecimal> truth() {
        Map<String, BigDecimal> truth = r.truth();
        truth.keySet().removeAll(blanks);
        return truth;
    }

    String render() {
        out.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(r.title())
                .append("</title></head><body>\n");
        out.append("<div class=\"nav\"><a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a> &gt; 政府信息公开年报</div>\n");
        if (rnd.nextBoolean()) {
            out.append("<table class=\"meta\"><tr><td>索引号：</td><td>11510700MB1").append(r.seed() % 100000)
                    .append("/2023-00012</td><td>发布机构：</td><td>").append(r.agency()).append("</td></tr></table>\n");
        }
        out.append("<h1>").append(r.title()).append("</h1>\n");
        para(ReportRenderer.intro(r));
        if (r.template() == Template.LEGACY) {
            for (String[] p : ReportRenderer.legacyProse()) {
                para("<b>" + p[0] + "</b>");
                para(p[1]);
            }
            para("<b>六、政府信息公开情况统计表</b>");
            table(legacy());
        } else {
            para("<b>一、总体情况</b>");
            para(ReportRenderer.overview(r, rnd));
            para("<b>二、主动公开政府信息情况</b>");
            active();
            para("<b>三、收到和处理政府信息公开申请情况</b>");
            List<List<Cell>> apps = applications();
            if (rnd.nextDouble() < 0.25) {
                int cut = 4 + rnd.nextInt(apps.size() - 6);
                table(apps.subList(0, cut));
                para("&nbsp;");
                table(cut(apps, cut));
            } else {
                table(apps);
            }
            para("<b>四、政府信息公开行政复议、行政诉讼情况</b>");
            table(review());
            para("<b>五、存在的主要问题及改进情况</b>");
            para(ReportRenderer.PROBLEMS);
            para("<b>六、其他需要报告的事项</b>");
            para(ReportRenderer.OTHER);
        }
        para(r.agency());
        out.append("<div class=\"footer\">网站地图 | 联系我们 | 主办单位：").append(r.agency()).append("</div>\n");
        return out.append("</body></html>\n").toString();
    }

    private void para(String html) {
        out.append("<p>").append(html).append("</p>\n");
    }

    private void table(List<List<Cell>> rows) {
        boolean nested = rnd.nextDouble() < 0.1;
        if (nested) out.append("<table width=\"100%\"><tr><td>\n");
        out.append(markup == 1 ? "<table class=MsoNormalTable border=1 cellspacing=0>\n" : "<table border=\"1\">\n");
        out.append("<tbody>\n");
        int columns = 0;
        for (List<Cell> row : rows) {
            out.append("<tr>");
            String tag = headerCells && row.stream().noneMatch(c -> c.html().matches(".*[0-9０-９].*")) ? "th" : "td";
            int width = 0;
            for (Cell c : row) {
                out.append('<').append(tag);
                if (c.rows() > 1) out.append(" rowspan=\"").append(c.rows()).append('"');
                if (c.cols() > 1) out.append(" colspan=\"").append(c.cols()).append('"');
                out.append('>').append(wrap(c.html())).append("</").append(tag).append('>');
                width += c.cols();
            }
            columns = Math.max(columns, width);
            out.append("</tr>\n");
        }
        if (spacerRow) {
            // Word's row of empty cells that fixes the column widths
            out.append("<![if !supportMisalignedColumns]><tr height=0>");
            for (int c = 0; c < columns; c++) {
                out.append("<td width=").append(40 + c).append(" style='border:none'></td>");
            }
            out.append("</tr><![endif]>\n");
        }
        out.append("</tbody></table>\n");
        if (nested) out.append("</td></tr></table>\n");
    }

    private String wrap(String html) {
        switch (markup) {
            case 1:
                return "<p class=MsoNormal align=center><span style='font-size:10.5pt;font-family:宋体'>" + html
                        + "<o:p></o:p></span></p>";
            case 2:
                return "<p><span>" + html + "</span></p>";
            default:
                return html;
        }
    }

    /** A row label as this page words it. */
    private Cell row(String text) {
        switch (wording) {
            case 1:
                return label(text.replaceFirst("^([0-9])\\.", "$1．").replace("“", "\"").replace("”", "\""));
            case 2:
                return label(text.length() <= 6 ? String.join(" ", text.split("")) : text);
            case 3:
                return label(text.replace("（区分处理的，只计这一情形，不计其他情形）", "").replace("“三安全一稳定”", "三安全一稳定"));
            default:
                return label(text);
        }
    }

    private Cell row(String text, int rows, int cols) {
        Cell c = row(text);
        return new Cell(c.html(), rows, cols);
    }

    /** A label or header, broken by {@code <br>} somewhere inside now and then. */
    private Cell label(String text) {
        if (breaks && text.length() > 4 && rnd.nextDouble() < 0.3) {
            int at = 2 + rnd.nextInt(text.length() - 3);
            return new Cell(text.substring(0, at) + "<br>" + text.substring(at));
        }
        return new Cell(text);
    }

    private Cell label(String text, int rows, int cols) {
        Cell c = label(text);
        return new Cell(c.html(), rows, cols);
    }

    private Cell value(String key) {
        return value(key, 1);
    }

    private Cell value(String key, int cols) {
        String text = r.printed().get(key) + (key.equals("active.procurement.amount") ? r.amountUnit() : "");
        if (blankZeros && text.equals("0") && rnd.nextBoolean()) {
            blanks.add(key);
            return new Cell(rnd.nextBoolean() ? "" : "&nbsp;", 1, cols);
        }
        if (thousands && text.matches("[0-9]{4,}")) {
            text = String.format("%,d", Long.parseLong(text));
        }
        if (fullWidth) {
            StringBuilder sb = new StringBuilder();
            for (char ch : text.toCharArray()) sb.append(ch >= '0' && ch <= '9' ? (char) (ch - '0' + '０') : ch);
            text = sb.toString();
        }
        double shape = rnd.nextDouble();
        if (shape < 0.1) text = "&nbsp;" + text + "&nbsp;";
        else if (shape < 0.15 && markup > 0 && text.length() > 2) {
            text = text.substring(0, 1) + "</span><span>" + text.substring(1);
        }
        return new Cell(text, 1, cols);
    }

    // ---- section 二 ----------------------------------------------------------------------

    private void active() {
        boolean oneTable = rnd.nextBoolean();
        List<List<Cell>> all = new ArrayList<>();
        for (ActiveItem item : r.active()) {
            List<List<Cell>> rows = new ArrayList<>();
            if (oneTable) rows.add(List.of(label(item.heading(), 1, 4)));
            else para(item.heading());
            rows.add(padded(item.headers().stream().map(this::label).toList()));
            for (ActiveRow row : item.rows()) {
                List<Cell> cells = new ArrayList<>();
                cells.add(row(row.label()));
                for (String k : row.keys()) cells.add(value(k));
                rows.add(padded(cells));
            }
            if (oneTable) all.addAll(rows);
            else table(rows);
        }
        if (oneTable) table(all);
    }

    /** Four columns, as the official table: the last cell spans the rest, or an empty cell pads it. */
    private List<Cell> padded(List<Cell> cells) {
        if (cells.size() >= 4) return cells;
        List<Cell> row = new ArrayList<>(cells);
        int missing = 4 - cells.size();
        if (cells.size() == 3 && rnd.nextBoolean()) {
            row.add(new Cell("&nbsp;"));
        } else {
            Cell last = row.remove(row.size() - 1);
            row.add(new Cell(last.html(), 1, 1 + missing));
        }
        return row;
    }

    // ---- section 三 ----------------------------------------------------------------------

    /** 3: the official three label columns; 2: 三、 as a row of its own; 1: group headings as rows too. */
    private List<List<Cell>> applications() {
        int labelColumns = 1 + rnd.nextInt(3);
        List<List<Cell>> rows = new ArrayList<>(header(labelColumns));
        List<AppRow> apps = r.apps();
        int results = (int) apps.stream().filter(AppRow::underResults).count();
        boolean resultsOpen = false;
        for (int i = 0; i < apps.size(); i++) {
            AppRow row = apps.get(i);
            List<Cell> cells = new ArrayList<>();
            if (row.underResults() && !resultsOpen) {
                resultsOpen = true;
                if (labelColumns == 3) cells.add(label(Forms.RESULTS_HEADING, results, 1));
                else rows.add(emptyRow(Forms.RESULTS_HEADING, labelColumns));
            }
            int width = labelColumns == 3 && row.underResults() ? 2 : labelColumns;
            boolean sumRow = !row.group().isEmpty() && row.label().isEmpty();
            AppRow previous = i == 0 ? null : apps.get(i - 1);
            boolean afterSum = previous != null && previous.group().equals(row.group())
                    && previous.label().isEmpty();
            if (row.group().isEmpty() || sumRow || afterSum) {
                cells.add(row(sumRow ? row.group() : row.label(), 1, width));
            } else {
                boolean first = previous == null || !previous.group().equals(row.group());
                if (first && width == 1) {
                    rows.add(emptyRow(row.group(), 1));
                } else if (first) {
                    int k = 0;
                    while (i + k < apps.size() && apps.get(i + k).group().equals(row.group())) k++;
                    cells.add(row(row.group(), k, 1));
                }
                cells.add(row(row.label(), 1, Math.max(1, width - 1)));
            }
            for (String c : Forms.APP_COLUMNS) cells.add(value(row.key(c)));
            rows.add(cells);
        }
        return rows;
    }

    /** A row with a label and no values (a heading the reader must not take values for). */
    private List<Cell> emptyRow(String label, int labelColumns) {
        List<Cell> cells = new ArrayList<>();
        cells.add(label(label, 1, labelColumns));
        if (rnd.nextBoolean()) {
            cells.add(new Cell("&nbsp;", 1, 7));
        } else {
            for (int c = 0; c < 7; c++) cells.add(new Cell(""));
        }
        return cells;
    }

    private List<List<Cell>> header(int labelColumns) {
        double shape = rnd.nextDouble();
        List<List<Cell>> rows = new ArrayList<>();
        if (shape < 0.5) {
            rows.add(List.of(label(ReportRenderer.BALANCE_NOTE, 3, labelColumns), label("申请人情况", 1, 7)));
            rows.add(List.of(label("自然人", 2, 1), label("法人或其他组织", 1, 5), label("总计", 2, 1)));
            rows.add(List.of(label("商业企业"), label("科研机构"), label("社会公益组织"), label("法律服务机构"),
                    label("其他")));
        } else if (shape < 0.8) {
            rows.add(List.of(label("申请人情况", 2, labelColumns), label("自然人", 2, 1), label("法人或其他组织", 1, 5),
                    label("总计", 2, 1)));
            rows.add(List.of(label("商业企业"), label("科研机构"), label("社会公益组织"), label("法律服务机构"),
                    label("其他")));
        } else if (shape < 0.95) {
            List<Cell> row = new ArrayList<>(List.of(label("项目", 1, labelColumns)));
            for (String h : List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")) {
                row.add(label(h));
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * The rows from {@code at} on as the second table of a page break: a label cell that spanned the cut is
     * printed again over the rows left, or left empty.
     */
    private List<List<Cell>> cut(List<List<Cell>> rows, int at) {
        List<List<Cell>> second = new ArrayList<>();
        for (int i = at; i < rows.size(); i++) second.add(new ArrayList<>(rows.get(i)));
        // cells above the cut whose rows reach past it, in column order
        List<Cell> carried = new ArrayList<>();
        for (int i = 0; i < at; i++) {
            for (Cell c : rows.get(i)) {
                if (i + c.rows() > at) carried.add(new Cell(rnd.nextBoolean() ? c.html() : "", i + c.rows() - at,
                        c.cols()));
            }
        }
        if (!carried.isEmpty()) second.get(0).addAll(0, carried);
        return second;
    }

    // ---- section 四 ----------------------------------------------------------------------

    private List<List<Cell>> review() {
        if (rnd.nextDouble() < 0.2) {
            // one row a group under one header of the five results
            List<List<Cell>> rows = new ArrayList<>();
            List<Cell> header = new ArrayList<>(List.of(label("项目")));
            for (String h : ReportRenderer.REVIEW_COLUMN_HEADERS) header.add(label(h));
            rows.add(header);
            String[] groups = {"行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"};
            for (int g = 0; g < 3; g++) {
                List<Cell> row = new ArrayList<>(List.of(label(groups[g])));
                for (String k : Forms.reviewKeys().subList(g * 5, g * 5 + 5)) row.add(value(k));
                rows.add(row);
            }
            return rows;
        }
        boolean headless = rnd.nextDouble() < 0.1;
        boolean sixteenth = !headless && rnd.nextDouble() < 0.15;
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> top = new ArrayList<>(List.of(label("行政复议", 1, 5), label("行政诉讼", 1, 10)));
        if (sixteenth) top.add(new Cell("", 3, 1));
        rows.add(top);
        List<Cell> second = new ArrayList<>();
        for (String h : ReportRenderer.REVIEW_COLUMN_HEADERS) second.add(label(h, 2, 1));
        second.add(label("未经复议直接起诉", 1, 5));
        second.add(label("复议后起诉", 1, 5));
        rows.add(second);
        List<Cell> third = new ArrayList<>();
        for (int g = 0; g < 2; g++) for (String h : ReportRenderer.REVIEW_COLUMN_HEADERS) third.add(label(h));
        rows.add(third);
        List<Cell> values = new ArrayList<>();
        for (String k : Forms.reviewKeys()) values.add(value(k));
        if (sixteenth) values.add(new Cell("0"));
        rows.add(values);
        // now and then the header is lost (a copy kept the values row only); a sixteenth column is then unknowable
        return headless ? List.of(values) : rows;
    }

    // ---- LEGACY --------------------------------------------------------------------------

    private List<List<Cell>> legacy() {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(label("指标名称"), label("计量单位"), label(r.legacyYearHeader()), label("历年累计")));
        for (LegacyRow row : r.legacy()) {
            rows.add(List.of(row(row.label()), new Cell(row.unit()), value(row.key()), value(row.cumulative())));
        }
        return rows;
    }
}
