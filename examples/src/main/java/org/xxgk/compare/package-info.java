/** {@code xxgk compare}: two reports of one agency compared cell by cell across years. */
package org.xxgk.compare;
