package org.xxgk.extract;

/** One block of an extracted document, in reading order: prose or a table. */
public sealed interface Block permits TextBlock, TableGrid {
    Provenance provenance();
}
