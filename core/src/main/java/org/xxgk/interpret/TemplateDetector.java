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
                for (FormProfile p : FormProfile.all()) {
                    FormProfile.Evidence e = p.evidence();
                    for (String w : e.cells()) {
                        if (cell && text.startsWith(w) || e.anywhere().contains(w) && text.contains(w)) {
                            found.computeIfAbsent(p.template(), k -> new LinkedHashSet<>()).add(w);
                        }
                    }
                }
            }
        }
        Template best = Template.UNKNOWN;
        int bestCount = 0;
        for (FormProfile p : FormProfile.all()) {
            int n = found.getOrDefault(p.template(), Set.of()).size();
            if (n > bestCount) {
                best = p.template();
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
