/**
 * {@code xxgk batch}: a folder of reports read on several threads under a watchdog, each result
 * journaled as it comes (a rerun resumes), the outputs written in order as the files are read
 * ({@code BatchWriter}) and published together ({@link org.xxgk.batch.BatchOutputs}).
 */
package org.xxgk.batch;
