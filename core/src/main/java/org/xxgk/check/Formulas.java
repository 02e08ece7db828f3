package org.xxgk.check;

import java.util.ArrayList;
import java.util.List;

/**
 * What a formula rule makes of one report: its formula instances, and the items it needed but the
 * report lacks (each said as an INFO finding instead of passing silently).
 */
record Formulas(List<Formula> formulas, List<Lack> lacks) {

    /** An item a rule needs that the report does not print. */
    record Lack(String itemZh, String itemEn) {}

    Formulas {
        formulas = List.copyOf(formulas);
        lacks = List.copyOf(lacks);
    }

    static Formulas none() {
        return new Formulas(List.of(), List.of());
    }

    static Formulas of(List<Formula> formulas) {
        return new Formulas(formulas, List.of());
    }

    /** Collects formulas and lacks while a rule walks a report. */
    static final class Builder {
        private final List<Formula> formulas = new ArrayList<>();
        private final List<Lack> lacks = new ArrayList<>();

        Builder add(Formula formula) {
            formulas.add(formula);
            return this;
        }

        Builder lack(String itemZh, String itemEn) {
            lacks.add(new Lack(itemZh, itemEn));
            return this;
        }

        Formulas build() {
            return new Formulas(formulas, lacks);
        }
    }
}
