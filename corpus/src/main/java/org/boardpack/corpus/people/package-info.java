/**
 * The generator's people: names, honorifics, roles and initials of board members and officers.
 */
package org.boardpack.corpus.people;
