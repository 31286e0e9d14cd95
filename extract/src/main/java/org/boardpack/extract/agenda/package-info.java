/**
 * Agenda items: numbered items of agendas (and of minutes), with title, lead, time and page.
 */
package org.boardpack.extract.agenda;
