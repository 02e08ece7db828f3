/** {@code batch} as an Apache Spark job ({@link org.xxgk.spark.SparkJob}) for collections larger than one machine. */
package org.xxgk.spark;
