package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xxgk.interpret.RowStream.Row;
import org.xxgk.interpret.RowStream.Token;
import org.xxgk.model.Template;

/** Tells V2021, V2019 and LEGACY apart by the table labels only each prints (spec/cells.md). */
final class TemplateDetector {

    /** The template and the labels that decided it. */
    record Detection(Template template, List<String> evidence) {}

    // prose mentions table labels too; a table cell or heading is short
    private static final int MAX_LABEL = 40;

    private TemplateDetector() {}

    static Detection detect(List<Row> rows) {
        Map<Template, Set<String>> found = new EnumMap<>(Template.class);
        for (Row row : rows) {
            for (Token t : row.labels()) {
                String text = Labels.text(t.raw());
                boolean cell = text.length() <= MAX_LABEL;
                for (Map.Entry<String, Template> e : LabelTable.TEMPLATE_EVIDENCE.entrySet()) {
                    // a header run into prose (a page flattened to one line): only the words no prose uses count inside a label
                    boolean seen = cell && text.startsWith(e.getKey())
                            || LabelTable.TABLE_ONLY_EVIDENCE.contains(e.getKey()) && text.contains(e.getKey());
                    if (seen) found.computeIfAbsent(e.getValue(), k -> new LinkedHashSet<>()).add(e.getKey());
                }
            }
        }
        Template best = Template.UNKNOWN;
        int bestCount = 0;
        for (Template t : List.of(Template.V2021, Template.V2019, Template.LEGACY)) {
            int n = found.getOrDefault(t, Set.of()).size();
            if (n > bestCount) {
                best = t;
                bestCount = n;
            }
        }
        List<String> evidence = new ArrayList<>();
        if (best != Template.UNKNOWN) {
            for (String s : found.get(best)) evidence.add("label " + s);
        }
        return new Detection(best, evidence);
    }
}
