/**
 * The action record of {@code boardpack/1}: an action given at a meeting or listed in a log, its owner, deadline, status and the updates it went through.
 */
package org.boardpack.model.actions;
