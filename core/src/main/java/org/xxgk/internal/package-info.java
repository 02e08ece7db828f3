/**
 * Helpers shared by the modules of xxgk: text normalisation, charset detection. Public only so
 * that the format modules can use them; nothing here is API and anything may change.
 */
package org.xxgk.internal;
