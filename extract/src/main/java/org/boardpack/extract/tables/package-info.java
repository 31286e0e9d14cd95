/**
 * Tables as records: every data table with its caption, cells as printed.
 */
package org.boardpack.extract.tables;
