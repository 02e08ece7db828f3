/**
 * The domain model: immutable records for an {@link org.xxgk.model.AnnualReport}, its
 * {@link org.xxgk.model.Template}, its canonical cells ({@link org.xxgk.model.CellCatalog} mirrors
 * {@code spec/cells.md}), the prose figures and the extraction's warnings.
 */
package org.xxgk.model;
