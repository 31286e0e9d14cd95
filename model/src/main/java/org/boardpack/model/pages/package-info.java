/**
 * The page record of {@code boardpack/1}: the text of one page as printed, for search and for pointing a reader back to the page.
 */
package org.boardpack.model.pages;
