package org.xxgk.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.xxgk.check.Finding;
import org.xxgk.compare.Comparison.CellChange;
import org.xxgk.compare.Comparison.Presence;
import org.xxgk.compare.Comparison.SectionSimilarity;
import org.xxgk.model.AnnualReport;
import org.xxgk.model.CellValue;
import org.xxgk.output.Csv;
import org.xxgk.output.Decimals;
import org.xxgk.review.ReviewHtml;

/** A {@link Comparison} as text for people, JSON, CSV or one HTML page. */
final class CompareOutput {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** The columns of the CSV: one row per cell, then one per finding, then one per section. */
    static final List<String> CSV_HEADER = List.of(
            "kind", "key", "label", "old", "new", "change", "percent", "similarity", "status", "message");

    private CompareOutput() {}

    private static String num(Optional<BigDecimal> value) {
        return value.map(Decimals::text).orElse("");
    }

    private static String signed(Optional<BigDecimal> value) {
        return value.map(v -> (v.signum() > 0 ? "+" : "") + Decimals.text(v)).orElse("");
    }

    private static String describe(AnnualReport report) {
        return report.source() + " (" + report.agency().orElse("?") + ", "
                + (report.year().isPresent() ? report.year().getAsInt() : "?") + ", " + report.template() + ")";
    }

    // ---- text ---------------------------------------------------------------------------------

    static String text(Comparison c) {
        StringBuilder b = new StringBuilder();
        b.append("旧 Old: ").append(describe(c.old())).append('\n');
        b.append("新 New: ").append(describe(c.now())).append('\n');
        for (String note : c.notes()) b.append("注意 Note: ").append(note).append('\n');
        b.append("\n单元格 Cells (key, old, new, change, %):\n");
        int changed = 0;
        for (CellChange cell : c.cells()) {
            if (cell.presence() != Presence.BOTH) continue;
            String status = cell.status();
            if (status.equals("changed")) changed++;
            b.append(status.equals("changed") ? "* " : "  ").append(cell.key()).append('\t').append(rawOr(cell.old()))
                    .append('\t').append(rawOr(cell.now())).append('\t').append(signed(cell.change()))
                    .append('\t').append(cell.percent().map(p -> signed(Optional.of(p)) + "%").orElse("")).append('\n');
        }
        List<String> oldOnly = c.onlyIn(Presence.OLD_ONLY);
        List<String> newOnly = c.onlyIn(Presence.NEW_ONLY);
        b.append("\n仅旧报告有 Only in old (")
                .append(oldOnly.size())
                .append("): ")
                .append(String.join(" ", oldOnly))
                .append('\n');
        b.append("仅新报告有 Only in new (")
                .append(newOnly.size())
                .append("): ")
                .append(String.join(" ", newOnly))
                .append('\n');
        b.append("\n跨年度发现 Cross-year findings (").append(c.findings().size()).append("):\n");
        for (Finding f : c.findings()) {
            b.append("  ").append(f.severity()).append(' ').append(f.rule()).append(": ").append(f.message());
            List<String> values = new ArrayList<>();
            f.expected().ifPresent(v -> values.add("expected " + Decimals.text(v)));
            f.actual().ifPresent(v -> values.add("actual " + Decimals.text(v)));
            if (!values.isEmpty()) b.append(" [").append(String.join(", ", values)).append(']');
            b.append('\n');
        }
        b.append("\n文字部分相似度 Text sections, similarity to last year's:\n");
        for (SectionSimilarity s : c.sections()) {
            b.append(s.nearIdentical() ? "! " : "  ").append(sectionName(s)).append('\t')
                    .append(s.similarity().map(BigDecimal::toPlainString).orElse("—"))
                    .append(s.nearIdentical() ? "\t近乎相同 near-identical" : "").append('\n');
        }
        b.append("\n")
                .append(changed)
                .append(" cells changed, ")
                .append(oldOnly.size())
                .append(" only in old, ")
                .append(newOnly.size())
                .append(" only in new, ")
                .append(c.findings().size())
                .append(" cross-year findings, ")
                .append(c.sections().stream()
                        .filter(SectionSimilarity::nearIdentical)
                        .count())
                .append(" near-identical sections\n");
        return b.toString();
    }

    private static String rawOr(Optional<CellValue> cell) {
        if (cell.isEmpty()) return "(未印出 not printed)";
        return cell.get().value().map(Decimals::text).orElse("(空白 blank)");
    }

    private static String sectionName(SectionSimilarity s) {
        String heading = !s.newHeading().isEmpty() ? s.newHeading() : s.oldHeading();
        return s.number() + " " + heading;
    }

    // ---- JSON ---------------------------------------------------------------------------------

    static String json(Comparison c) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));
            g.writeStartObject();
            writeReport(g, "old", c.old());
            writeReport(g, "new", c.now());
            g.writeArrayFieldStart("notes");
            for (String note : c.notes()) g.writeString(note);
            g.writeEndArray();
            g.writeArrayFieldStart("cells");
            for (CellChange cell : c.cells()) {
                if (cell.presence() != Presence.BOTH) continue;
                g.writeStartObject();
                g.writeStringField("key", cell.key());
                if (!cell.label().isEmpty()) g.writeStringField("label", cell.label());
                writeNumber(g, "old", cell.oldValue());
                writeNumber(g, "new", cell.newValue());
                writeNumber(g, "change", cell.change());
                writeNumber(g, "percent", cell.percent());
                g.writeStringField("status", cell.status());
                g.writeEndObject();
            }
            g.writeEndArray();
            writeOnly(g, "onlyInOld", c, Presence.OLD_ONLY, true);
            writeOnly(g, "onlyInNew", c, Presence.NEW_ONLY, false);
            g.writeArrayFieldStart("findings");
            for (Finding f : c.findings()) {
                g.writeStartObject();
                g.writeStringField("source", f.source());
                g.writeStringField("rule", f.rule());
                g.writeStringField("severity", f.severity().name());
                g.writeObjectFieldStart("message");
                g.writeStringField("zh", f.messageZh());
                g.writeStringField("en", f.messageEn());
                g.writeEndObject();
                g.writeArrayFieldStart("keys");
                for (String key : f.keys()) g.writeString(key);
                g.writeEndArray();
                writeNumber(g, "expected", f.expected());
                writeNumber(g, "actual", f.actual());
                g.writeStringField("fingerprint", f.fingerprint());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("sections");
            for (SectionSimilarity s : c.sections()) {
                g.writeStartObject();
                g.writeNumberField("number", s.number());
                g.writeStringField("oldHeading", s.oldHeading());
                g.writeStringField("newHeading", s.newHeading());
                writeNumber(g, "similarity", s.similarity());
                g.writeBooleanField("nearIdentical", s.nearIdentical());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void writeReport(JsonGenerator g, String field, AnnualReport report) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("source", report.source());
        if (report.agency().isPresent()) g.writeStringField("agency", report.agency().get());
        else g.writeNullField("agency");
        if (report.year().isPresent()) g.writeNumberField("year", report.year().getAsInt());
        else g.writeNullField("year");
        g.writeStringField("template", report.template().name());
        g.writeEndObject();
    }

    private static void writeOnly(JsonGenerator g, String field, Comparison c, Presence presence, boolean old)
            throws IOException {
        g.writeArrayFieldStart(field);
        for (CellChange cell : c.cells()) {
            if (cell.presence() != presence) continue;
            g.writeStartObject();
            g.writeStringField("key", cell.key());
            if (!cell.label().isEmpty()) g.writeStringField("label", cell.label());
            writeNumber(g, "value", old ? cell.oldValue() : cell.newValue());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeNumber(JsonGenerator g, String field, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) g.writeNumberField(field, Decimals.plain(value.get()));
        else g.writeNullField(field);
    }

    // ---- CSV ----------------------------------------------------------------------------------

    static String csv(Comparison c) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, Csv.FORMAT)) {
            csv.printRecord(CSV_HEADER);
            for (CellChange cell : c.cells()) {
                csv.printRecord("cell", cell.key(), cell.label(), num(cell.oldValue()), num(cell.newValue()),
                        num(cell.change()), num(cell.percent()), "", cell.status(), "");
            }
            for (Finding f : c.findings()) {
                csv.printRecord("finding", String.join(" ", f.keys()), f.rule(), num(f.expected()), num(f.actual()),
                        "", "", "", f.severity().name(), f.message());
            }
            for (SectionSimilarity s : c.sections()) {
                csv.printRecord(
                        "section",
                        Integer.toString(s.number()),
                        sectionName(s),
                        "",
                        "",
                        "",
                        "",
                        s.similarity().map(BigDecimal::toPlainString).orElse(""),
                        s.nearIdentical() ? "near-identical" : "",
                        "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    // ---- HTML ---------------------------------------------------------------------------------

    static String html(Comparison c) {
        StringBuilder h = new StringBuilder(32 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(ReviewHtml.text(
                        "对比 Compare · " + c.old().source() + " → " + c.now().source()))
                .append("</title>\n")
                .append("<style>\n")
                .append(ReviewHtml.STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n<h1>年度对比 / Year over year</h1>\n")
                .append("<dl class=\"meta\">\n<dt>旧 Old</dt><dd>")
                .append(ReviewHtml.text(describe(c.old())))
                .append("</dd>\n")
                .append("<dt>新 New</dt><dd>")
                .append(ReviewHtml.text(describe(c.now())))
                .append("</dd>\n</dl>\n");
        for (String note : c.notes())
            h.append("<p class=\"sev-warning\">").append(ReviewHtml.text(note)).append("</p>\n");

        h.append("<h2>跨年度发现 / Cross-year findings (").append(c.findings().size()).append(")</h2>\n");
        if (c.findings().isEmpty()) h.append("<p>无。 / None.</p>\n");
        else {
            h.append("<ol class=\"findings\">\n");
            for (Finding f : c.findings()) {
                h.append("<li class=\"finding ")
                        .append(ReviewHtml.severityClass(f.severity()))
                        .append("\" data-rule=\"")
                        .append(ReviewHtml.attr(f.rule()))
                        .append("\"><span class=\"sym\" aria-hidden=\"true\">")
                        .append(ReviewHtml.symbol(f.severity()))
                        .append("</span><strong>")
                        .append(ReviewHtml.text(ReviewHtml.severityName(f.severity())))
                        .append("</strong> <code>")
                        .append(ReviewHtml.text(f.rule()))
                        .append("</code><p>")
                        .append(ReviewHtml.text(f.messageZh()))
                        .append("</p><p lang=\"en\">")
                        .append(ReviewHtml.text(f.messageEn()))
                        .append("</p>");
                if (f.expected().isPresent() || f.actual().isPresent()) {
                    h.append("<p>应为 Expected: <b>")
                            .append(num(f.expected()))
                            .append("</b> · 实为 Actual: <b>")
                            .append(num(f.actual()))
                            .append("</b></p>");
                }
                h.append("</li>\n");
            }
            h.append("</ol>\n");
        }

        h.append("<h2>单元格 / Cells</h2>\n"
                        + "<table>\n"
                        + "<thead>\n"
                        + "<tr><th scope=\"col\">键 Key</th><th scope=\"col\">指标 Label</th>")
                .append("<th scope=\"col\">旧 Old</th><th scope=\"col\">新 New</th><th scope=\"col\">变化 Change</th><th"
                        + " scope=\"col\">变化率 %</th></tr>\n"
                        + "</thead>\n"
                        + "<tbody>\n");
        for (CellChange cell : c.cells()) {
            if (cell.presence() != Presence.BOTH) continue;
            boolean changed = cell.status().equals("changed");
            h.append("<tr")
                    .append(changed ? " class=\"changed\"" : "")
                    .append(" data-key=\"")
                    .append(ReviewHtml.attr(cell.key()))
                    .append("\" data-status=\"")
                    .append(cell.status())
                    .append("\"><th scope=\"row\"><code>")
                    .append(ReviewHtml.text(cell.key()))
                    .append("</code></th><td>")
                    .append(ReviewHtml.text(cell.label()))
                    .append("</td><td class=\"num\">")
                    .append(ReviewHtml.text(rawOr(cell.old())))
                    .append("</td><td class=\"num\">")
                    .append(ReviewHtml.text(rawOr(cell.now())))
                    .append("</td><td class=\"num\">")
                    .append(changed ? "<b>" : "")
                    .append(ReviewHtml.text(signed(cell.change())))
                    .append(changed ? "</b>" : "")
                    .append("</td><td class=\"num\">")
                    .append(ReviewHtml.text(cell.percent()
                            .map(p -> signed(Optional.of(p)) + "%")
                            .orElse("")))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        only(h, "仅旧报告有 / Only in the old report", c, Presence.OLD_ONLY);
        only(h, "仅新报告有 / Only in the new report", c, Presence.NEW_ONLY);

        h.append("<h2>文字部分 / Text sections</h2>\n"
                + "<table>\n"
                + "<thead>\n"
                + "<tr><th scope=\"col\">部分 Section</th><th scope=\"col\">相似度 Similarity</th></tr>\n"
                + "</thead>\n"
                + "<tbody>\n");
        for (SectionSimilarity s : c.sections()) {
            h.append("<tr")
                    .append(s.nearIdentical() ? " class=\"sev-warning\"" : "")
                    .append("><th scope=\"row\">")
                    .append(ReviewHtml.text(sectionName(s)))
                    .append("</th><td class=\"num\">")
                    .append(
                            s.nearIdentical()
                                    ? "<span class=\"sym\" aria-hidden=\"true\">" + ReviewHtml.WARNING_SYMBOL
                                            + "</span>"
                                    : "")
                    .append(ReviewHtml.text(
                            s.similarity().map(BigDecimal::toPlainString).orElse("—")))
                    .append(s.nearIdentical() ? " 近乎相同 near-identical" : "")
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void only(StringBuilder h, String title, Comparison c, Presence presence) {
        List<CellChange> cells = new ArrayList<>();
        for (CellChange cell : c.cells()) if (cell.presence() == presence) cells.add(cell);
        h.append("<h2>").append(ReviewHtml.text(title)).append(" (").append(cells.size()).append(")</h2>\n");
        if (cells.isEmpty()) {
            h.append("<p>无。 / None.</p>\n");
            return;
        }
        h.append("<ul class=\"plain\">\n");
        for (CellChange cell : cells) {
            Optional<CellValue> side = presence == Presence.OLD_ONLY ? cell.old() : cell.now();
            h.append("<li data-key=\"")
                    .append(ReviewHtml.attr(cell.key()))
                    .append("\"><code>")
                    .append(ReviewHtml.text(cell.key()))
                    .append("</code> ")
                    .append(ReviewHtml.text(cell.label()))
                    .append(" = ")
                    .append(ReviewHtml.text(rawOr(side)))
                    .append("</li>\n");
        }
        h.append("</ul>\n");
    }
}
