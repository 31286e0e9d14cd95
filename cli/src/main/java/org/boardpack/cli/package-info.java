/**
 * The {@code boardpack} command line: picocli commands and terminal rendering (tables sized to the
 * terminal, a progress bar, plain and JSON logs) over the application layer ({@code org.boardpack.app}).
 */
package org.boardpack.cli;
