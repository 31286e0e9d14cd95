/**
 * The action register: one action followed across a body's meetings and packs, with its status history.
 */
package org.boardpack.extract.register;
