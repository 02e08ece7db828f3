package org.xxgk.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A LEGACY indicator found by label: a chain of label patterns, each matched among the indicators
 * below the one found by the step before ({@code 行政复议} then {@code 维持}), since regional
 * tables number items differently and the same words recur under different parents.
 *
 * @param nameZh the indicator as the common national table calls it, for messages
 * @param steps  the label patterns, outermost first
 */
record LabelPath(String nameZh, List<Pattern> steps) {

    LabelPath {
        steps = List.copyOf(steps);
    }

    static LabelPath of(String nameZh, String regex) {
        return new LabelPath(nameZh, List.of(Pattern.compile(regex)));
    }

    /** An item below this one. */
    LabelPath child(String childNameZh, String regex) {
        List<Pattern> more = new ArrayList<>(steps);
        more.add(Pattern.compile(regex));
        return new LabelPath(childNameZh, more);
    }

    /** The key of the indicator in this report, if it prints one. */
    Optional<String> resolve(LegacyTable table) {
        Optional<String> scope = Optional.empty();
        for (Pattern step : steps) {
            scope = table.find(step, scope);
            if (scope.isEmpty()) return scope;
        }
        return scope;
    }
}
