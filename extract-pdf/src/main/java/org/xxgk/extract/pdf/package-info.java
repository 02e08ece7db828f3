/**
 * The PDF extractor: PDFBox 2 loads the document, one pass over each page's content finds the
 * glyphs and the rulings as Tabula's page objects (the drawings of Type 3 glyphs left out,
 * {@code PageContent}), Tabula's algorithms find the tables in them, and this package rebuilds ruled
 * tables (lattice) and unruled ones (stream, within a detected area) as
 * {@link org.xxgk.extract.TableGrid}s, joins tables continued over page breaks, and turns the text
 * outside tables into {@link org.xxgk.extract.TextBlock}s in reading order. Only
 * {@link org.xxgk.extract.pdf.PdfDocumentExtractor} is public.
 */
package org.xxgk.extract.pdf;
