/**
 * The neutral table-extraction API that every format module produces: an {@link org.xxgk.extract.ExtractedDocument}
 * of {@link org.xxgk.extract.TextBlock}s and {@link org.xxgk.extract.TableGrid}s with {@link
 * org.xxgk.source.Provenance},
 * and the {@link org.xxgk.extract.DocumentExtractor} SPI through which format modules plug in.
 */
package org.xxgk.extract;
