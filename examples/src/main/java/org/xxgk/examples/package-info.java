/**
 * Small runnable examples of the xxgk API: {@link org.xxgk.examples.ReadOneReport} reads one report
 * and prints a few of its cells, {@link org.xxgk.examples.CheckFolder} checks every report in a
 * folder. The README's Java snippet is copied from {@code ReadOneReport}.
 */
package org.xxgk.examples;
