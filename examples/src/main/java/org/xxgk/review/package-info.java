/** {@code xxgk review}: self-contained HTML pages showing each report in the form's layout with its findings marked. */
package org.xxgk.review;
