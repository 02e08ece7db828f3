/**
 * The shared interpreter: turns any {@link org.xxgk.extract.ExtractedDocument} into an
 * {@link org.xxgk.model.AnnualReport}: template detection, label normalisation, row and column
 * alignment by label, values, metadata and prose figures. Label tables live here, as data.
 */
package org.xxgk.interpret;
