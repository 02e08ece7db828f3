/** The files the commands write: a report as JSON, cells and values and findings as CSV, findings as text. */
package org.xxgk.output;
