/**
 * xxgk reads Chinese government information disclosure annual reports (政府信息公开工作年度报告)
 * from PDF, HTML or text into an {@link org.xxgk.model.AnnualReport} and checks their arithmetic.
 * Start at {@link org.xxgk.Xxgk}. Errors are {@link org.xxgk.XxgkException}s naming the file and a
 * reason.
 */
package org.xxgk;
