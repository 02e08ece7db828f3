/**
 * {@code xxgk bench}: xxgk's reading against the libraries doing the bare work (PDFBox, Tabula, jsoup); {@link
 * org.xxgk.bench.LargeInputs}, the heap and time of the largest inputs the limits admit.
 */
package org.xxgk.bench;
