package org.xxgk.check;

/** How serious a finding is. */
public enum Severity {
    /** An official 勾稽关系 or a printed sum fails. */
    ERROR,
    /** Suspicious, or a figure that cannot be checked as it should. */
    WARNING,
    /** A rule that could not run (an item the rule needs is missing), said so that nothing passes silently. */
    INFO
}
