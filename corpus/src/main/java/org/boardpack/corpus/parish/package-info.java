/**
 * The parish and town council house style of the generator: summons and agenda, minutes in the
 * layouts and wording real clerks use (title sentences, PRESENT lists, numbered minutes, RESOLVED
 * and agreed forms beside narrative that records no decision).
 */
package org.boardpack.corpus.parish;
