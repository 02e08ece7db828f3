/**
 * The {@code xxgk} command-line tool ({@link org.xxgk.cli.Main}): {@code extract} prints reports as
 * JSON, {@code check} prints their findings for people or as JSON; the other commands live beside
 * it, each in its package: {@code batch} ({@link org.xxgk.batch}), {@code bench}
 * ({@link org.xxgk.bench}), {@code review} ({@link org.xxgk.review}), {@code compare}
 * ({@link org.xxgk.compare}); the files they write in {@link org.xxgk.output}; the Spark job in
 * {@link org.xxgk.spark}. Shared by the commands: {@code LimitOptions} (the reading limits as
 * options) and {@code Session} (one command's inputs, read with their failures named).
 */
package org.xxgk.cli;
