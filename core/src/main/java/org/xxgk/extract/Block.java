package org.xxgk.extract;

import org.xxgk.source.Provenance;

/** One block of an extracted document, in reading order: prose or a table. */
public sealed interface Block permits TextBlock, TableGrid {
    Provenance provenance();
}
