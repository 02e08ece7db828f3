package org.xxgk.source;

/** The input formats xxgk tells apart. {@link #UNKNOWN} is the sentinel for anything else. */
public enum DocumentFormat {
    PDF, HTML, TEXT, UNKNOWN
}
