package org.xxgk.review;

import java.math.BigDecimal;
import java.util.Optional;
import org.xxgk.check.Severity;
import org.xxgk.output.Decimals;
import org.xxgk.source.Provenance;

/**
 * HTML text for the review and compare pages: every string taken from a report goes through
 * {@link #text} or {@link #attr}, so that a report whose text holds {@code <script>} or an
 * {@code onerror=} attribute shows it as text and runs nothing.
 */
public final class ReviewHtml {

    /** The mark of a finding's severity, beside its colour, so that the page reads in grey too. */
    static final String ERROR_SYMBOL = "\u2716";   // ✖
    public static final String WARNING_SYMBOL = "\u25B2"; // ▲
    static final String INFO_SYMBOL = "\u2139";    // ℹ
    static final String PROSE_SYMBOL = "\u25C6";   // ◆

    private ReviewHtml() {}

    /** Text content: {@code & < > " '} as character references, characters HTML forbids replaced. */
    public static String text(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (allowed(cp)) b.appendCodePoint(cp);
                    else b.append('\uFFFD');
                }
            }
        });
        return b.toString();
    }

    /** An attribute value, to go between double quotes: the same escaping as {@link #text}. */
    public static String attr(String s) {
        return text(s);
    }

    /** Characters HTML allows in a document: no controls other than tab and line ends, no noncharacters. */
    private static boolean allowed(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') return true;
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) return false;
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;
        if (cp >= 0xFDD0 && cp <= 0xFDEF) return false;
        return (cp & 0xFFFE) != 0xFFFE;
    }

    /** The number as the JSON writes it, or empty text. */
    static String number(Optional<BigDecimal> value) {
        return value.map(Decimals::text).orElse("");
    }

    /**
     * Where something was read, in Chinese and in English: {@code 第3页 表2 第5行 第4列 / page 3, table 2, row 5, column 4}.
     */
    static String provenance(Provenance p) {
        StringBuilder zh = new StringBuilder();
        if (p.page() > 0) zh.append("第").append(p.page()).append("页 ");
        if (p.table() > 0) zh.append("表").append(p.table()).append(' ');
        if (p.row() > 0) zh.append("第").append(p.row()).append("行 ");
        if (p.column() > 0) zh.append("第").append(p.column()).append("列 ");
        if (p.line() > 0) zh.append("文本第").append(p.line()).append("行 ");
        String en = p.describe();
        if (en.isEmpty()) return "位置不明 / place unknown";
        return zh.toString().trim() + " / " + en;
    }

    /** The CSS class of a severity. */
    public static String severityClass(Severity severity) {
        return switch (severity) {
            case ERROR -> "sev-error";
            case WARNING -> "sev-warning";
            default -> "sev-info";
        };
    }

    public static String symbol(Severity severity) {
        return switch (severity) {
            case ERROR -> ERROR_SYMBOL;
            case WARNING -> WARNING_SYMBOL;
            default -> INFO_SYMBOL;
        };
    }

    /** The severity in Chinese and English: {@code 错误 ERROR}. */
    public static String severityName(Severity severity) {
        return switch (severity) {
            case ERROR -> "错误 ERROR";
            case WARNING -> "警告 WARNING";
            default -> "提示 INFO";
        };
    }

    /**
     * The style shared by the pages: ERROR red and WARNING amber, each also with its symbol; a cell's
     * details show when it is hovered or has the keyboard focus.
     */
    public static final String STYLE = """
        :root{--err:#b3001b;--err-bg:#ffe3e6;--warn:#8a5a00;--warn-bg:#fff3cd;--np:#eeeeee;--focus:#0b57d0}
        body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;
          margin:1rem;color:#111;background:#fff;line-height:1.4}
        a{color:#0b57d0}
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.25rem;z-index:10}
        .layout{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
        .tables{flex:3 1 40rem;min-width:0;overflow-x:auto}
        aside{flex:1 1 20rem;min-width:16rem}
        table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.9rem}
        caption{text-align:left;font-weight:bold;padding:.25rem 0}
        th,td{border:1px solid #777;padding:.2rem .4rem;vertical-align:middle}
        th{background:#f3f3f3;font-weight:normal}
        tbody th[scope=row]{text-align:left}
        thead th{font-weight:bold}
        td.v{text-align:right;min-width:3.5rem;position:relative;white-space:nowrap}
        td.v:focus{outline:3px solid var(--focus);outline-offset:-3px}
        td.np{background:var(--np)}
        td.sev-warning{background:var(--warn-bg);border:2px solid var(--warn)}
        td.sev-error{background:var(--err-bg);border:3px double var(--err)}
        .mark{font-size:.75rem;margin-left:.2rem}
        .sev-error .mark,.sev-error>.sym{color:var(--err)}
        .sev-warning .mark,.sev-warning>.sym{color:var(--warn)}
        .prose-mark{color:#3949ab;font-size:.7rem;margin-left:.15rem}
        .tip{display:none;position:absolute;z-index:5;left:0;top:100%;min-width:16rem;max-width:28rem;
          white-space:normal;text-align:left;background:#fffff0;color:#111;border:1px solid #333;
          padding:.3rem .5rem;box-shadow:2px 2px 6px rgba(0,0,0,.3);font-size:.8rem}
        td.v:hover .tip,td.v:focus .tip,td.v:focus-within .tip{display:block}
        .tip code,.key{font-family:monospace;font-size:.8rem}
        .d2{padding-left:1.5rem}.d3{padding-left:3rem}.d4{padding-left:4.5rem}.d5{padding-left:6rem}
        ol.findings,ul.plain{padding-left:1.2rem}
        li.finding{margin:.5rem 0;padding:.3rem .5rem;border-left:6px solid #999}
        li.sev-error{border-left-color:var(--err);background:var(--err-bg)}
        li.sev-warning{border-left-color:var(--warn);background:var(--warn-bg)}
        .sym{font-weight:bold;margin-right:.3rem}
        .legend span{margin-right:1rem}
        .quote{color:#333;font-size:.85rem}
        dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem}
        dl.meta dt{font-weight:bold}dl.meta dd{margin:0}
        th button{font:inherit;font-weight:bold;background:none;border:0;cursor:pointer;padding:0}
        th button:focus{outline:3px solid var(--focus)}
        .num{text-align:right}
        .changed{background:#e8f0fe}
        """;
}
