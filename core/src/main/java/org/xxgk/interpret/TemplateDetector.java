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

    /** One evidence word of a form, and whether it counts anywhere in a label, not only at its start. */
    private record Word(Template template, String word, boolean anywhere) {}

    // the forms' evidence words in the order they are tried, looked up once
    private static final List<Word> WORDS = words();

    private TemplateDetector() {}

    private static List<Word> words() {
        List<Word> out = new ArrayList<>();
        for (FormProfile p : FormProfile.all()) {
            FormProfile.Evidence e = p.evidence();
            for (String w : e.cells()) out.add(new Word(p.template(), w, e.anywhere().contains(w)));
        }
        return List.copyOf(out);
    }

    static Detection detect(List<Row> rows) {
        Map<Template, Set<String>> found = new EnumMap<>(Template.class);
        for (Row row : rows) {
            for (Token t : row.labels()) {
                String text = Labels.text(t.raw());
                boolean cell = text.length() <= MAX_LABEL;
                for (Word w : WORDS) {
                    if (cell && text.startsWith(w.word()) || w.anywhere() && text.contains(w.word())) {
                        found.computeIfAbsent(w.template(), k -> new LinkedHashSet<>()).add(w.word());
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
