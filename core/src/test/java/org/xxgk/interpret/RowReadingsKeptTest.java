package org.xxgk.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xxgk.model.Template;
import org.xxgk.source.Provenance;

class RowReadingsKeptTest {

    private static final FormProfile V2021 = FormProfile.of(Template.V2021);

    private static FormProfile.Row row(String id) {
        return V2021.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<RowStream.Token> cells(String... raw) {
        return java.util.Arrays.stream(raw)
                .map(w -> new RowStream.Token(w, Values.parse(w), Provenance.line(1), false, Optional.empty(), -1))
                .toList();
    }

    @Test
    void aLongRunIsSplitOnceForRowsOfTheSameColumnsAndReadAsAFreshReadingReadsIt() {
        // 一、本年新收 and 二、上年结转 have the same columns and sum: a run printed before the second's label is read
        // as the first's values and again as the second's (the values-before reading)
        List<RowStream.Token> run = cells("64002047012345678", "9");
        RowReadings.Kept kept = new RowReadings.Kept();
        RowReadings.Readings first = kept.of(run, row("applications.newlyReceived"), false);
        assertThat(kept.of(run, row("applications.carriedOver"), false)).isSameAs(first);
        assertThat(kept.of(List.copyOf(run), row("applications.newlyReceived"), false, false)).isSameAs(first);
        assertThat(first).isEqualTo(RowReadings.of(run, row("applications.newlyReceived"), false));
        // other flags, other tokens of the same text: read afresh
        assertThat(kept.of(run, row("applications.newlyReceived"), true)).isNotSameAs(first);
        assertThat(kept.of(cells("64002047012345678", "9"), row("applications.newlyReceived"), false))
                .isNotSameAs(first)
                .isEqualTo(first);
    }

    @Test
    void aShortRowIsReadAfreshEachTime() {
        List<RowStream.Token> row = cells("640020470");
        RowReadings.Kept kept = new RowReadings.Kept();
        RowReadings.Readings first = kept.of(row, row("applications.newlyReceived"), false);
        assertThat(kept.of(row, row("applications.newlyReceived"), false)).isNotSameAs(first).isEqualTo(first);
        assertThat(first.readings()).isNotEmpty();
    }
}
