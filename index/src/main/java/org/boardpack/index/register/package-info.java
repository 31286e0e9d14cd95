/**
 * The action register's rows as the index gives them: each action record as a snapshot of the paper
 * that printed it ({@code ActionSnapshot}, {@code PackSnapshots}), read out a body at a time. The
 * linking of rows into actions is the application's ({@code app.register}).
 */
package org.boardpack.index.register;
