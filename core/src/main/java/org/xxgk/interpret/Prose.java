package org.xxgk.interpret;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.xxgk.model.NarrativeFigure;
import org.xxgk.model.ReportSection;
import org.xxgk.source.Warning;

/** What the prose of a report says: title, issuer, year, date, the sections' text and the figures stated. */
record Prose(Optional<String> title, Optional<String> agency, OptionalInt year, Optional<LocalDate> publishedDate,
             List<ReportSection> sections, List<NarrativeFigure> narrative, List<Warning> warnings) {
    Prose {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(publishedDate, "publishedDate");
        sections = List.copyOf(sections);
        narrative = List.copyOf(narrative);
        warnings = List.copyOf(warnings);
    }
}
