/**
 * Reading the action register out of the index, a body at a time.
 */
package org.boardpack.index.register;
