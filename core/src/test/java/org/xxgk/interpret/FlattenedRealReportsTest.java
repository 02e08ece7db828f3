package org.xxgk.interpret;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.Xxgk;
import org.xxgk.model.AnnualReport;
import org.xxgk.testing.RealLabel;

/**
 * Each real text report ({@code real/*.txt}) as a crawler stores a text page: its lines joined with one space (the
 * OCR Markdown of 017 then holds its title, its prose and its first table in one cell of one long pipe row), and
 * with its tabs and {@code |} made spaces too. Every labelled cell comes back (those the text alone cannot settle,
 * the label's {@code ambiguousInText}, may be absent), nothing is misfiled, and the year is read: the prose before
 * 第二十条 in the cell where the table starts is the prose's.
 */
class FlattenedRealReportsTest {

    static Stream<Arguments> flattenings() {
        return RealLabel.REAL_IDS.stream().flatMap(id -> Stream.of(Arguments.of(id, false), Arguments.of(id, true)));
    }

    @ParameterizedTest(name = "real/{0}.txt on one line, separators spaced: {1}")
    @MethodSource("flattenings")
    void aRealReportOnOneLineReadsWhole(String id, boolean spaced) throws IOException {
        String text = text("/real/" + id + ".txt").replace('\n', ' ').replace('\r', ' ');
        if (spaced) text = text.replace('\t', ' ').replace('|', ' ').replaceAll(" {2,}", " ");
        String name = id + (spaced ? "-spaced" : "-joined") + ".txt";
        AnnualReport report = Xxgk.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
        RealLabel label = RealLabel.real(id);

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(report.template().name()).as(name + " template").isEqualTo(label.template());
        soft.assertThat(report.year()).as(name + " year").isEqualTo(OptionalInt.of(label.year()));
        // cells whose digits the copy runs together with no sum to split them (the label's ambiguousInText) may be
        // absent, never misfiled
        RealLabel.assertScore(soft, label.score(report, true));
        RealLabel.assertNoMisfiles(soft, name, label.misfiles(report));
        soft.assertAll();
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = FlattenedRealReportsTest.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
