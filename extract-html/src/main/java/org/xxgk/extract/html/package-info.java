/**
 * The HTML extractor: report web pages (portal pages, MS-Word exports, GBK pages) to the neutral
 * {@link org.xxgk.extract.ExtractedDocument}. {@link org.xxgk.extract.html.HtmlDocumentExtractor} is
 * the only public class; it decodes the bytes itself (BOM, {@code <meta>} label, then sniffing),
 * parses once with jsoup, and walks the tree once without recursion: {@code <table>}s become
 * {@link org.xxgk.extract.TableGrid}s with their spans expanded, everything else readable becomes
 * {@link org.xxgk.extract.TextBlock}s in reading order.
 */
package org.xxgk.extract.html;
