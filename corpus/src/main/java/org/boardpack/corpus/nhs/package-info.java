/**
 * The NHS partnership board house style of the generator: ruled agendas, minutes tables with action columns, action logs with dated updates.
 */
package org.boardpack.corpus.nhs;
