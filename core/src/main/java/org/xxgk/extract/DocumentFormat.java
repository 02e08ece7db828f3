package org.xxgk.extract;

/** The input formats xxgk tells apart. {@link #UNKNOWN} is the sentinel for anything else. */
public enum DocumentFormat {
    PDF, HTML, TEXT, UNKNOWN
}
