/**
 * The plain-text extractor: recovers table grids from text copies (one cell per line, {@code |}- or
 * tab-separated, Markdown, the LEGACY 指标/单位/统计数 table) and emits prose as text blocks.
 */
package org.xxgk.extract.text;
