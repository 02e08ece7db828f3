/**
 * What every layer says about the input document: its {@link org.xxgk.source.DocumentFormat}, the
 * {@link org.xxgk.source.Provenance} of a piece of text in it, and the {@link org.xxgk.source.Warning}s
 * raised while reading it. Below both {@code extract} and {@code model}, depending on neither.
 */
package org.xxgk.source;
