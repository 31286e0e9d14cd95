/**
 * Dates and times as papers print them, read into ISO dates and 24-hour times.
 */
package org.boardpack.extract.dates;
