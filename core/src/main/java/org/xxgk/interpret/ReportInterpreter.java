package org.xxgk.interpret;

import org.xxgk.extract.ExtractedDocument;
import org.xxgk.model.AnnualReport;

/** Turns an extracted document of any format into an {@link AnnualReport}. Immutable and thread-safe. */
public final class ReportInterpreter {

    public ReportInterpreter() {}

    /**
     * Interprets one document.
     *
     * @throws org.xxgk.NotAReportException when nothing of an annual report is found
     */
    public AnnualReport interpret(ExtractedDocument document) {
        throw new UnsupportedOperationException("not implemented yet"); // TODO(issue 2)
    }
}
