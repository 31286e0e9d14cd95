/**
 * The action register, a use-case across meetings: the index's action rows
 * ({@code index.register.ActionSnapshot}) linked into actions followed across a body's meetings and
 * packs ({@code ActionLinker}, {@code LinkRules}), each with its history and status changes
 * ({@code LinkedAction}); {@code ActionRegister} reads and links an index's rows a body at a time.
 */
package org.boardpack.app.register;
