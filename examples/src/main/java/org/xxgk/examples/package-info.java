/**
 * Small runnable examples of the xxgk API: {@link org.xxgk.examples.ReadOneReport} reads one report
 * and prints a few of its cells, {@link org.xxgk.examples.CheckFolder} checks every report in a
 * folder. The README's Java snippet is {@code ReadOneReport} without its package line; CI compiles and
 * runs it in a project of its own against the xxgk artifacts ({@code ConsumerProjectTest}). Both run
 * quiet: they turn PDFBox's java.util.logging warnings off, and the jar they ship in binds SLF4J to
 * {@code slf4j-nop}; the library jars bind no logging.
 */
package org.xxgk.examples;
