/**
 * The PDF extractor: PDFBox 2 loads the document, Tabula finds the page's glyphs and its rulings
 * (the drawings of Type 3 glyphs left out, {@code PageObjects}), and this package rebuilds ruled
 * tables (lattice) and unruled ones (stream, within a detected area) as
 * {@link org.xxgk.extract.TableGrid}s, joins tables continued over page breaks, and turns the text
 * outside tables into {@link org.xxgk.extract.TextBlock}s in reading order. Only
 * {@link org.xxgk.extract.pdf.PdfDocumentExtractor} is public.
 */
package org.xxgk.extract.pdf;
