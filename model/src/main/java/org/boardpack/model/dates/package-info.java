/**
 * Dates as {@code boardpack/1} writes them (a day, a month or a year) placed on the calendar.
 */
package org.boardpack.model.dates;
