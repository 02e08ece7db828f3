package org.xxgk.check;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.xxgk.model.Template;

/**
 * One rule of {@code spec/rules.md}: its id, its severity, the templates it runs on, what it says
 * (Chinese and English) and the small function that checks it.
 */
record Rule(String id, Severity severity, Set<Template> templates, String titleZh, String titleEn, Check check) {

    Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        templates = Set.copyOf(templates);
        Objects.requireNonNull(titleZh, "titleZh");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(check, "check");
    }

    boolean appliesTo(Template template) {
        return templates.contains(template);
    }

    /** What a rule does with one report. */
    @FunctionalInterface
    interface Check {
        List<Finding> run(Rule rule, Audit audit);
    }

    /**
     * An arithmetic rule: it makes formula instances from the report, and the audit evaluates them
     * with the absent-cell arithmetic of rules.md. {@code MISSING_TOTAL} reads the same instances.
     */
    record FormulaCheck(Function<Audit, Formulas> formulas) implements Check {
        @Override
        public List<Finding> run(Rule rule, Audit audit) {
            return audit.evaluate(rule);
        }
    }
}
