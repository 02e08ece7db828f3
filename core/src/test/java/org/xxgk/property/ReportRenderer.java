package org.xxgk.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.xxgk.model.Template;
import org.xxgk.property.Forms.ActiveItem;
import org.xxgk.property.Forms.ActiveRow;
import org.xxgk.property.Forms.AppRow;
import org.xxgk.property.Forms.LegacyRow;
import org.xxgk.property.SplitOracle.Token;

/**
 * Prints a {@link GeneratedReport} as the whole text of an annual report in one of the
 * {@link Layout}s, mimicking the real samples (006/008 crawler one-liners, 001/002/030 LEGACY
 * one-liners, 014 {@code pdftotext -layout}, 017 OCR Markdown). The prose carries no figure of the
 * tables, so nothing but the tables can settle a value.
 */
final class ReportRenderer {

    private ReportRenderer() {}

    static final String BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    static final List<String> APPLICANT_HEADERS =
            List.of("申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
    static final List<String> REVIEW_HEADERS = List.of(
            "行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉",
            "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
    static final List<String> REVIEW_COLUMN_HEADERS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    // ---- what is printed, row by row ----------------------------------------------------------

    /**
     * The keys of every printed row's cells, in print order; section 四's fifteen cells are one row (one line of
     * values).
     */
    static List<List<String>> rows(GeneratedReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (ActiveItem item : r.active()) for (ActiveRow row : item.rows()) rows.add(row.keys());
        for (AppRow row : r.apps()) rows.add(Forms.APP_COLUMNS.stream().map(row::key).toList());
        if (r.review()) rows.add(Forms.reviewKeys());
        for (LegacyRow row : r.legacy()) rows.add(List.of(row.key(), row.cumulative()));
        return rows;
    }

    /** The printed tokens: a whole row's run-together digits in layout (a), one cell each otherwise. */
    static List<Token> tokens(GeneratedReport r, Layout layout) {
        List<Token> tokens = new ArrayList<>();
        for (List<String> row : rows(r)) {
            if (layout == Layout.RUN_TOGETHER) {
                tokens.add(new Token(values(r, row), row));
            } else {
                for (String k : row) tokens.add(new Token(r.printed().get(k), List.of(k)));
            }
        }
        return tokens;
    }

    private static String values(GeneratedReport r, List<String> keys) {
        StringBuilder sb = new StringBuilder();
        for (String k : keys) sb.append(r.printed().get(k));
        return sb.toString();
    }

    /** The unit printed after a cell's value, if any (V2019's procurement amount). */
    private static String unitAfter(GeneratedReport r, String key) {
        return key.equals("active.procurement.amount") ? r.amountUnit() : "";
    }

    static String render(GeneratedReport r, Layout layout) {
        Random rnd = new Random(r.seed() * 31 + layout.ordinal() + 7);
        switch (layout) {
            case RUN_TOGETHER:
                return new Linear(r, rnd, true).render();
            case ONE_SPACE:
                return new Linear(r, rnd, false).render();
            case ALIGNED:
                return new Aligned(r, rnd).render();
            case MARKDOWN:
                return new Markdown(r, rnd).render();
            default:
                throw new IllegalArgumentException(layout.toString());
        }
    }

    // ---- prose --------------------------------------------------------------------------------

    static String intro(GeneratedReport r) {
        if (r.template() == Template.LEGACY) {
            return "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。本报告由概述、主动公开政府信息情况、"
                    + "政府信息依申请公开工作情况、政府信息公开的收费及减免情况、政府信息公开工作存在的主要问题及改进情况和政府信息公开情况统计表共六个部分组成。"
                    + "本报告所列数据的统计期限自" + r.year() + "年1月1日起至" + r.year() + "年12月31日止。";
        }
        return "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》要求编制。"
                + "本报告所列数据的统计期限自" + r.year() + "年1月1日起至" + r.year() + "年12月31日止。"
                + "如对本报告有疑问，请与本机关办公室联系。";
    }

    static String overview(GeneratedReport r, Random rnd) {
        String s = r.year() + "年，本机关坚持以人民为中心的发展思想，认真贯彻落实《条例》，持续深化政务公开，不断提升政府信息公开工作质量。";
        if (rnd.nextBoolean()) {
            s += "（一）主动公开情况。及时通过政府门户网站公开政府文件、通知公告等政府信息。"
                    + "（二）依申请公开情况。依法依规办理政府信息公开申请，规范答复流程。"
                    + "（三）政府信息管理情况。严格落实信息发布审核制度。";
        }
        return s;
    }

    static final String PROBLEMS = "政策解读的形式还不够丰富，公开内容的深度和广度有待加强。下一步，我们将进一步规范公开流程，强化业务培训，提升政务公开质效。";
    static final String OTHER = "本年度未收取信息处理费。";

    static List<String[]> legacyProse() {
        return List.of(
                new String[] {"一、概述", "推进政府信息公开工作是建设法治政府、服务政府的重要举措。本机关持续完善工作机制，拓展公开渠道，规范操作流程。"},
                new String[] {"二、主动公开政府信息情况", "各单位对政府信息进行了梳理和编目，通过门户网站、政府公报等渠道主动公开政府信息。"},
                new String[] {"三、政府信息依申请公开工作情况", "依法依规受理和答复政府信息公开申请，规范办理流程。"},
                new String[] {"四、政府信息公开的收费及减免情况", "严格执行有关收费规定。"},
                new String[] {"五、政府信息公开工作存在的主要问题及改进情况", PROBLEMS});
    }

    // ---- (a) and (b): a crawler's page.txt, the body on one line --------------------------------

    private static final class Linear {
        final GeneratedReport r;
        final Random rnd;
        final boolean glued;
        final String sep;
        final StringBuilder body = new StringBuilder();

        Linear(GeneratedReport r, Random rnd, boolean glued) {
            this.r = r;
            this.rnd = rnd;
            this.glued = glued;
            this.sep = glued ? "" : " ";
        }

        /** Prose and headings: a crawler keeps one space between blocks, or none. */
        void block(String s) {
            if (body.length() > 0) body.append(glued && rnd.nextDouble() < 0.4 ? "" : " ");
            body.append(s);
        }

        void table(List<String> pieces) {
            block(String.join(sep, pieces));
        }

        /** A row's cells: one run of characters in (a), one piece each in (b). */
        void cells(List<String> pieces, List<String> keys) {
            if (glued) {
                StringBuilder sb = new StringBuilder();
                for (String k : keys) sb.append(r.printed().get(k)).append(unitAfter(r, k));
                pieces.add(sb.toString());
            } else {
                for (String k : keys) pieces.add(r.printed().get(k) + unitAfter(r, k));
            }
        }

        String render() {
            StringBuilder out = new StringBuilder();
            if (rnd.nextDouble() < 0.7) {
                out.append("标题: ")
                        .append(r.title())
                        .append('\n')
                        .append("发布时间: ")
                        .append(r.year() + 1)
                        .append("-01-2")
                        .append(rnd.nextInt(10))
                        .append(" 15:22\n")
                        .append("文号: \n发布机构: \n栏目: 政府信息公开年报\n")
                        .append("原文链接: https://www.example.gov.cn/zwgk/xxgknb/t")
                        .append(r.year() + 1)
                        .append("0120_")
                        .append(10000 + rnd.nextInt(89999))
                        .append(".htm\n")
                        .append("==================== 正文 ====================\n");
            }
            if (rnd.nextBoolean()) block("当前位置： 首页 政务公开 政府信息公开年报");
            block(r.title());
            block(intro(r));
            if (r.template() == Template.LEGACY) {
                for (String[] p : legacyProse()) block(p[0] + (rnd.nextBoolean() ? " " : "") + p[1]);
                block("六、" + (rnd.nextBoolean() ? r.agency() : "") + "政府信息公开情况统计表");
                legacy();
                if (rnd.nextBoolean()) block("附件下载");
            } else {
                block("一、总体情况" + (rnd.nextBoolean() ? " " : "") + overview(r, rnd));
                block("二、主动公开政府信息情况");
                active();
                block("三、收到和处理政府信息公开申请情况");
                applications();
                block("四、政府信息公开行政复议、行政诉讼情况");
                review();
                block("五、存在的主要问题及改进情况" + PROBLEMS);
                block("六、其他需要报告的事项" + OTHER);
            }
            return out.append(body).append('\n').toString();
        }

        void active() {
            List<String> pieces = new ArrayList<>();
            for (ActiveItem item : r.active()) {
                pieces.add(item.heading());
                pieces.addAll(item.headers());
                for (ActiveRow row : item.rows()) {
                    pieces.add(row.label());
                    cells(pieces, row.keys());
                }
            }
            table(pieces);
        }

        void applications() {
            List<String> pieces = new ArrayList<>();
            pieces.add(BALANCE_NOTE);
            pieces.addAll(APPLICANT_HEADERS);
            boolean split = rnd.nextDouble() < 0.25;  // 006: the table split in two, 三、本年度办理结果 printed twice
            boolean resultsSeen = false;
            String group = "";
            for (AppRow row : r.apps()) {
                if (row.underResults() && !resultsSeen) {
                    pieces.add(Forms.RESULTS_HEADING);
                    resultsSeen = true;
                } else if (split && row.id().equals("unable.notHeld")) {
                    pieces.add(Forms.RESULTS_HEADING);
                }
                if (!row.group().isEmpty() && !row.group().equals(group)) pieces.add(row.group());
                group = row.group();
                if (!row.label().isEmpty()) pieces.add(row.label());
                cells(pieces, Forms.APP_COLUMNS.stream().map(row::key).toList());
            }
            table(pieces);
        }

        void review() {
            List<String> pieces = new ArrayList<>(REVIEW_HEADERS);
            cells(pieces, Forms.reviewKeys());
            table(pieces);
        }

        void legacy() {
            List<String> pieces = new ArrayList<>(List.of("指标名称", "计量单位", r.legacyYearHeader(), "历年累计"));
            for (LegacyRow row : r.legacy()) {
                pieces.add(row.label());
                pieces.add(row.unit());
                cells(pieces, List.of(row.key(), row.cumulative()));
            }
            table(pieces);
        }
    }

    // ---- (c): pdftotext -layout ---------------------------------------------------------------

    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) w += s.charAt(i) >= 0x2E80 ? 2 : 1;
        return w;
    }

    static String spaces(int n) {
        return " ".repeat(Math.max(0, n));
    }

    private static final class Aligned {
        final GeneratedReport r;
        final Random rnd;
        final List<String> lines = new ArrayList<>();
        int page = 1;

        Aligned(GeneratedReport r, Random rnd) {
            this.r = r;
            this.rnd = rnd;
        }

        void line(String s) {
            lines.add(s);
        }

        void blank(int n) {
            for (int i = 0; i < n; i++) lines.add("");
        }

        void pageBreak() {
            blank(1 + rnd.nextInt(2));
            line(spaces(30 + rnd.nextInt(10)) + "-" + page++ + "-");
        }

        /** A paragraph wrapped at about 30 characters, as a PDF page wraps it. */
        void paragraph(String text) {
            int w = 29 + rnd.nextInt(3);
            String indent = "  ";
            int i = 0;
            while (i < text.length()) {
                int end = Math.min(text.length(), i + w);
                // a PDF line never breaks inside a number
                while (end < text.length()
                        && end > i + 1
                        && Character.isDigit(text.charAt(end))
                        && Character.isDigit(text.charAt(end - 1))) end--;
                line(indent + text.substring(i, end));
                indent = "";
                i = end;
            }
        }

        void heading(String s) {
            line(spaces(2 + rnd.nextInt(4)) + s);
        }

        /** Values right-aligned in fields of the given widths, after a label padded to {@code labelWidth}. */
        String row(String label, List<String> values, int labelWidth, int[] fields) {
            StringBuilder sb = new StringBuilder(label);
            int w = width(label);
            int target = Math.max(labelWidth, w + 2);
            sb.append(spaces(target - w));
            for (int i = 0; i < values.size(); i++) {
                String v = values.get(i);
                int pad = fields[i % fields.length] - width(v);
                sb.append(spaces(Math.max(i == 0 && target > w ? 0 : 1, pad))).append(v);
            }
            return sb.toString();
        }

        List<String> printed(List<String> keys) {
            return keys.stream().map(k -> r.printed().get(k) + unitAfter(r, k)).toList();
        }

        int[] fields(int n, int min, int spread) {
            int[] f = new int[n];
            for (int i = 0; i < n; i++) f[i] = min + rnd.nextInt(spread);
            return f;
        }

        /** A label with a space put inside it now and then, as PDF text extraction does ({@code 结 果 维 持}). */
        String spaced(String label) {
            if (label.length() < 6 || rnd.nextDouble() > 0.2) return label;
            int at = 3 + rnd.nextInt(label.length() - 4);
            // only between two Chinese characters: a space beside the numbering (1 .属于) would make a stray number
            if (!Character.isIdeographic(label.charAt(at - 1)) || !Character.isIdeographic(label.charAt(at)))
                return label;
            return label.substring(0, at) + " " + label.substring(at);
        }

        String render() {
            line(spaces(9) + r.agency());
            line(spaces(4) + r.year() + " " + (r.template() == Template.LEGACY ? "年度" : "年") + "政府信息公开工作年度报告");
            blank(1);
            paragraph(intro(r));
            if (r.template() == Template.LEGACY) {
                for (String[] p : legacyProse()) {
                    heading(p[0]);
                    paragraph(p[1]);
                }
                pageBreak();
                heading("六、政府信息公开情况统计表");
                blank(1);
                legacy();
            } else {
                heading("一、总体情况");
                paragraph(overview(r, rnd));
                pageBreak();
                heading("二、主动公开政府信息情况");
                active();
                applications();
                review();
                heading("五、存在的主要问题及改进情况");
                paragraph(PROBLEMS);
                heading("六、其他需要报告的事项");
                paragraph(OTHER);
            }
            pageBreak();
            return String.join("\n", lines) + "\n";
        }

        void active() {
            boolean fragment = rnd.nextBoolean();
            for (ActiveItem item : r.active()) {
                line(spaces(14) + item.heading());
                blank(2);
                int labelWidth = 16 + rnd.nextInt(10);
                int[] fields = fields(3, 10, 8);
                List<String> headers = item.headers();
                if (fragment && headers.size() > 2) {
                    StringBuilder a = new StringBuilder(spaces(7) + headers.get(0));
                    StringBuilder b = new StringBuilder(spaces(7 + width(headers.get(0))));
                    for (String h : headers.subList(1, headers.size())) {
                        int cut = (h.length() + 1) / 2;
                        a.append(spaces(4)).append(h, 0, cut);
                        b.append(spaces(4 + width(h.substring(0, cut)) - width(h.substring(cut))))
                                .append(h.substring(cut));
                    }
                    line(a.toString());
                    line(b.toString());
                } else {
                    line(spaces(7) + String.join(spaces(3 + rnd.nextInt(3)), headers));
                }
                blank(2);
                for (ActiveRow row : item.rows()) {
                    line(row(row.label(), printed(row.keys()), labelWidth, fields));
                    blank(1);
                }
                if (rnd.nextDouble() < 0.3) pageBreak();
                blank(1);
            }
        }

        void applications() {
            line(spaces(18) + "三、收到和处理政府信息公开申请情况");
            if (rnd.nextBoolean()) {
                line(spaces(65) + "申请人情况");
                blank(1);
                line(spaces(57) + "法人或其他组织");
                line("（本列数据的勾稽关系为：第一项加第二项之和， 等");
                line("于第三项加第四项之和）");
                line(spaces(45) + "自然人         社会 法律                   总计");
                line(spaces(51) + "商业 科研");
                line(spaces(57) + "公益 服务 其他");
                line(spaces(51) + "企业 机构");
                line(spaces(57) + "组织 机构");
            } else {
                line(BALANCE_NOTE);
                line(spaces(42) + "申请人情况");
                line(spaces(34) + "自然人        法人或其他组织" + spaces(24) + "总计");
                line(spaces(40) + "商业企业 科研机构 社会公益组织 法律服务机构 其他");
            }
            blank(1);
            int labelWidth = 44 + rnd.nextInt(8);
            int[] fields = fields(7, 3, 6);
            boolean wrapPartly = rnd.nextDouble() < 0.7;
            boolean spacedResults = rnd.nextDouble() < 0.6;
            int pageAfter = rnd.nextDouble() < 0.6 ? 3 + rnd.nextInt(r.apps().size() - 5) : -1;
            String group = "";
            List<AppRow> rows = r.apps();
            int resultsLine = -1;
            String pendingGroup = null;  // a group label still to print, on a line of its own, mid-group
            int pendingAfter = -1;
            List<Integer> rowEnds = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                AppRow row = rows.get(i);
                List<String> values = printed(Forms.APP_COLUMNS.stream().map(row::key).toList());
                String indent = row.underResults() ? (row.group().isEmpty() ? spaces(18) : spaces(28)) : "";
                boolean newGroup = !row.group().isEmpty() && !row.group().equals(group);
                group = row.group();
                String label = row.label();
                boolean wrappable = true;
                if (newGroup && !label.isEmpty()) {
                    double u = rnd.nextDouble();
                    int size = (int) rows.stream().filter(x -> x.group().equals(row.group())).count();
                    if (u < 0.3) {
                        // on the line of the group's first row: （四）无法提供   1.本机关不掌握相关政府信息   31 ...
                        label = row.group() + spaces(3) + label;
                        indent = spaces(18);
                        wrappable = false;
                    } else if (u < 0.55) {
                        line(spaces(5) + row.group());
                    } else {
                        // a row-spanning cell: pdftotext prints its text beside the middle rows
                        pendingGroup = row.group();
                        pendingAfter = i + Math.max(0, size / 2 - 1);
                    }
                }
                if (row.label().isEmpty()) {
                    // V2021 （六）其他处理 printed with its own values
                    line(row(spaces(5) + row.group(), values, labelWidth, fields));
                } else if (row.id().equals("partlyGranted") && wrapPartly) {
                    line(indent + "（二）部分公开（区分处理的，只计这一情 形，不");
                    line(indent + "计其他情形）");
                    line(row("", values, labelWidth, fields));
                } else if (wrappable && label.length() > 16 && rnd.nextDouble() < 0.6) {
                    int cut = 8 + rnd.nextInt(label.length() - 12);
                    line(indent + spaced(label.substring(0, cut)));
                    if (rnd.nextBoolean()) {
                        line(indent + spaces(4) + label.substring(cut));
                        line(row("", values, labelWidth, fields));
                    } else {
                        line(row(indent + spaces(4) + label.substring(cut), values, labelWidth, fields));
                    }
                } else {
                    line(row(indent + spaced(label), values, labelWidth, fields));
                }
                if (i == pendingAfter && pendingGroup != null) {
                    line(spaces(5) + pendingGroup);
                    pendingGroup = null;
                }
                if (row.id().equals("granted") && resultsLine < 0) resultsLine = lines.size() - 1;
                rowEnds.add(lines.size());
                if (i == pageAfter) {
                    pageBreak();
                    blank(1);
                }
            }
            // 三、本年度办理结果: spaced out on a line of its own inside the rows, or before (一)
            if (resultsLine >= 0) {
                if (spacedResults) {
                    int granted = rows.indexOf(rows.stream()
                            .filter(x -> x.id().equals("granted"))
                            .findFirst()
                            .orElseThrow());
                    int at = rowEnds.get(granted + 1 + rnd.nextInt(3));
                    lines.add(at, " 三 、本 年 度办 理 结果");
                    lines.add(at + 1, "");
                } else {
                    lines.add(resultsLine, spaces(2) + Forms.RESULTS_HEADING);
                }
            }
            blank(1);
        }

        void review() {
            heading("四、政府信息公开行政复议、行政诉讼情况");
            if (rnd.nextBoolean()) {
                line(spaces(10) + "行政复议" + spaces(30) + "行政诉讼");
                blank(1);
                line(spaces(30) + "未经复议直接起诉" + spaces(18) + "复议后起诉");
                blank(1);
                line("结果   结果     其他   尚未");
                line(spaces(20) + "总 计 结果 结果 其他 尚未     结果 结果 其他 尚未");
                line("维持   纠正     结果   审结" + spaces(47) + "总计");
                line(spaces(36) + "总 计");
                line(spaces(24) + "维持 纠正 结果 审结     维持 纠正 结果 审结");
                blank(3);
            } else {
                line(spaces(10) + "行政复议" + spaces(40) + "行政诉讼");
                line(spaces(40) + "未经复议直接起诉" + spaces(30) + "复议后起诉");
                line(String.join(" ", REVIEW_HEADERS.subList(2, 7)) + " "
                        + String.join(" ", REVIEW_HEADERS.subList(9, 19)));
                blank(1);
            }
            StringBuilder sb = new StringBuilder(" ");
            for (String v : printed(Forms.reviewKeys())) sb.append(v).append(spaces(1 + rnd.nextInt(5)));
            line(sb.toString().stripTrailing());
            blank(1);
        }

        void legacy() {
            int labelWidth = 30 + rnd.nextInt(8);
            int[] fields = {8 + rnd.nextInt(4), 10 + rnd.nextInt(6), 12 + rnd.nextInt(6)};
            line(spaces(20) + "政府信息公开情况统计表");
            line(row("  指标名称", List.of("计量单位", r.legacyYearHeader(), "历年累计"), labelWidth, new int[] {10, 12, 12}));
            for (LegacyRow row : r.legacy()) {
                List<String> cells = new ArrayList<>();
                cells.add(row.unit());
                cells.addAll(printed(List.of(row.key(), row.cumulative())));
                String indent = row.children().isEmpty() && row.label().matches("^(其中|[0-9]).*") ? "    " : "  ";
                line(row(indent + row.label(), cells, labelWidth, fields));
            }
        }
    }

    // ---- (d): OCR to Markdown -----------------------------------------------------------------

    private static final class Markdown {
        final GeneratedReport r;
        final Random rnd;
        final StringBuilder sb = new StringBuilder();

        Markdown(GeneratedReport r, Random rnd) {
            this.r = r;
            this.rnd = rnd;
        }

        void para(String s) {
            sb.append(s).append("\n\n");
        }

        void tableHeader(List<String> headers) {
            sb.append("| ").append(String.join(" | ", headers)).append(" |\n");
            sb.append("|").append("---|".repeat(headers.size())).append('\n');
        }

        void tableRow(String label, List<String> keys) {
            sb.append("|");
            if (label != null) sb.append(' ').append(label).append(" |");
            for (String k : keys) sb.append(' ').append(r.printed().get(k)).append(unitAfter(r, k)).append(" |");
            sb.append('\n');
        }

        /** OCR's half-width numbering with a space: (一) 予以公开, 1. 属于国家秘密. */
        static String ocr(String label) {
            return label.replace("（", "(")
                    .replace("）", ") ")
                    .replaceFirst("^([0-9])\\.", "$1. ")
                    .replace(") (", ")(")
                    .strip();
        }

        String render() {
            sb.append("# ").append(r.agency()).append(' ').append(r.year()).append(" 年 政府信息公开工作年度报告\n\n");
            para(r.agency());
            para(intro(r));
            if (r.template() == Template.LEGACY) {
                for (String[] p : legacyProse()) {
                    para("## " + p[0]);
                    para(p[1]);
                }
                para("## 六、政府信息公开情况统计表");
                legacy();
            } else {
                para("## 一、总体情况");
                para(overview(r, rnd));
                para("## 二、主动公开政府信息情况");
                active();
                para("## 三、收到和处理政府信息公开申请情况");
                applications();
                para("## 四、政府信息公开行政复议、行政诉讼情况");
                review();
                para("## 五、存在的主要问题及改进情况");
                para(PROBLEMS);
                para("六、其他需要报告的事项");
                para(OTHER);
            }
            para(r.agency());
            return sb.toString();
        }

        void active() {
            for (ActiveItem item : r.active()) {
                sb.append("### ").append(item.heading()).append('\n');
                tableHeader(item.headers());
                for (ActiveRow row : item.rows()) tableRow(row.label(), row.keys());
                sb.append('\n');
            }
        }

        List<String> dataHeader(boolean named) {
            List<String> h = new ArrayList<>();
            h.add(named ? "项目" : "类别");
            if (named) {
                h.addAll(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"));
            } else {
                for (int i = 1; i <= 6; i++) h.add("数据" + i);
            }
            h.add("总计");
            return h;
        }

        void applications() {
            para("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)");
            if (rnd.nextDouble() < 0.6) {
                // the empty placeholder tables the OCR makes of the header
                sb.append("### 申请人情况 (自然人)\n");
                tableHeader(List.of("(数据项目)", "数量"));
                sb.append("| - | - |\n\n");
                sb.append("### 申请人情况 (法人或其他组织)\n");
                tableHeader(List.of("商业企业", "科研机构", "社会公益", "法律服务机构", "其他"));
                sb.append("| - | - | - | - | - |\n\n");
                sb.append("### 申请人情况 (总计)\n");
                tableHeader(List.of("(数据项目)", "数量"));
                sb.append("| - | - |\n\n");
            }
            boolean named = rnd.nextDouble() < 0.3;
            boolean wrongTail = rnd.nextDouble() < 0.5;
            List<AppRow> rows = r.apps();
            String group = null;
            boolean open = false;
            boolean resultsSeen = false;
            for (int i = 0; i < rows.size(); i++) {
                AppRow row = rows.get(i);
                List<String> keys = Forms.APP_COLUMNS.stream().map(row::key).toList();
                String rowGroup = row.group().isEmpty() ? row.label() : row.group();
                boolean tail = row.id().equals("resultTotal") || row.id().equals("carriedForward");
                if (tail && wrongTail && open) {
                    tableRow(row.label(), keys);  // 017: (七) and 四 go on under the table before
                    continue;
                }
                if (!rowGroup.equals(group)) {
                    if (open) sb.append('\n');
                    if (row.underResults() && !resultsSeen) {
                        para("### " + Forms.RESULTS_HEADING);
                        resultsSeen = true;
                    }
                    String heading = ocr(rowGroup);
                    if (rowGroup.equals("（六）其他处理") && rnd.nextBoolean()) heading = "(六) 其他";
                    sb.append("### ").append(heading).append('\n');
                    tableHeader(dataHeader(named));
                    open = true;
                    group = rowGroup;
                }
                String label;
                if (row.label().isEmpty()) label = "其他处理";
                else if (row.group().isEmpty())
                    label = ocr(row.label()).replaceFirst("^([一二三四]、|\\([一二三四五六七]\\) )", "");
                else label = ocr(row.label());
                if (row.id().equals("other.overdueCorrection") && rnd.nextBoolean()) label = label.replace("、", ", ");
                if (wrongTail && row.id().equals("other.overdueFee")) {
                    sb.append('\n');
                    tableHeader(List.of("项目", "本年新收件数", "上年结转件数", "予以公开", "部分公开", "不予公开", "结转下年度", "总计"));
                }
                if (tail && wrongTail) label = row.label();
                tableRow(label, keys);
            }
            sb.append('\n');
        }

        void review() {
            String[] titles = {"行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"};
            for (int g = 0; g < 3; g++) {
                sb.append("### ").append(titles[g]).append('\n');
                sb.append("| ").append(String.join(" | ", REVIEW_COLUMN_HEADERS)).append(" |\n");
                sb.append("|----------|----------|----------|----------|------|\n");
                tableRow(null, Forms.reviewKeys().subList(g * 5, g * 5 + 5));
                sb.append('\n');
            }
        }

        void legacy() {
            tableHeader(List.of("指标名称", "计量单位", r.legacyYearHeader(), "历年累计"));
            for (LegacyRow row : r.legacy()) {
                sb.append("| ").append(row.label()).append(" | ").append(row.unit()).append(" |");
                for (String k : List.of(row.key(), row.cumulative()))
                    sb.append(' ').append(r.printed().get(k)).append(" |");
                sb.append('\n');
            }
            sb.append('\n');
        }
    }
}
