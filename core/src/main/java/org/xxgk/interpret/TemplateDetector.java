package org.xxgk.interpret;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
    // the first characters of the words, sorted: a label's first character looked up without boxing it
    private static final char[] FIRSTS = firsts();
    /**
     * For each of {@link #FIRSTS}, in {@link #WORDS} order: the words that start with it ({@code STARTING}), and
     * those with the words that count anywhere ({@code BY_FIRSTS}). A label asks these, not every word.
     */
    // arrays, not lists: every label of a report runs through one (an immutable list's iterator was a sixth of detect)
    private static final Word[][] STARTING = byFirst(false);
    private static final Word[][] BY_FIRSTS = byFirst(true);
    private static final Word[] NONE = new Word[0];
    /** The words a label holds whatever its first character (and those of an empty label). */
    private static final Word[] ANYWHERE =
            WORDS.stream().filter(w -> w.anywhere() || w.word().isEmpty()).toArray(Word[]::new);
    /**
     * Characters one of which every word that counts anywhere holds (a few, chosen greedily): a label with none of
     * them, most prose, is searched for none of those words.
     */
    private static final String GATE = gate();

    private TemplateDetector() {}

    private static List<Word> words() {
        List<Word> out = new ArrayList<>();
        for (FormProfile p : FormProfile.all()) {
            FormProfile.Evidence e = p.evidence();
            for (String w : e.cells()) out.add(new Word(p.template(), w, e.anywhere().contains(w)));
        }
        return List.copyOf(out);
    }

    private static char[] firsts() {
        return WORDS.stream()
                .filter(w -> !w.word().isEmpty())
                .map(w -> String.valueOf(w.word().charAt(0)))
                .distinct()
                .sorted()
                .collect(Collectors.joining())
                .toCharArray();
    }

    private static Word[][] byFirst(boolean withAnywhere) {
        Word[][] out = new Word[FIRSTS.length][];
        for (int i = 0; i < FIRSTS.length; i++) {
            char c = FIRSTS[i];
            out[i] = WORDS.stream()
                    .filter(w -> withAnywhere && (w.anywhere() || w.word().isEmpty())
                            || !w.word().isEmpty() && w.word().charAt(0) == c)
                    .toArray(Word[]::new);
        }
        return out;
    }

    /**
     * The words to try on a label, in {@link #WORDS} order; {@code anywhere} whether it may hold a word that counts
     * anywhere (if not, such a word can neither start it: the words a label starts with are all it needs).
     */
    private static Word[] wordsFor(String text, boolean anywhere) {
        if (text.isEmpty()) return anywhere ? ANYWHERE : NONE;
        int i = Arrays.binarySearch(FIRSTS, text.charAt(0));
        if (i < 0) return anywhere ? ANYWHERE : NONE;
        return anywhere ? BY_FIRSTS[i] : STARTING[i];
    }

    private static String gate() {
        List<String> left = new ArrayList<>();
        for (Word w : WORDS) if (w.anywhere() && !w.word().isEmpty()) left.add(w.word());
        StringBuilder gate = new StringBuilder();
        while (!left.isEmpty()) {
            // the character held by most of the words left
            char best = left.get(0).charAt(0);
            long bestCount = 0;
            for (String w : left) {
                for (char c : w.toCharArray()) {
                    long count = left.stream().filter(v -> v.indexOf(c) >= 0).count();
                    if (count > bestCount) {
                        best = c;
                        bestCount = count;
                    }
                }
            }
            char chosen = best;
            gate.append(chosen);
            left.removeIf(w -> w.indexOf(chosen) >= 0);
        }
        return gate.toString();
    }

    private static boolean mayHoldAnywhereWord(String text) {
        for (int i = 0; i < GATE.length(); i++) if (text.indexOf(GATE.charAt(i)) >= 0) return true;
        return false;
    }

    static Detection detect(List<Row> rows) {
        Map<Template, Set<String>> found = new EnumMap<>(Template.class);
        for (int r = 0; r < rows.size(); r++) {
            List<Token> labels = rows.get(r).labels();
            for (int l = 0; l < labels.size(); l++) {
                String text = labels.get(l).labelText();
                boolean cell = text.length() <= MAX_LABEL;
                boolean anywhere = mayHoldAnywhereWord(text);
                if (!cell && !anywhere) continue;
                for (Word w : wordsFor(text, anywhere)) {
                    if (cell && text.startsWith(w.word()) || anywhere && w.anywhere() && text.contains(w.word())) {
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
