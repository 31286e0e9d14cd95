package org.boardpack.extract.documents;

/** One paper inside a pack, by its first and last page (1-based, inclusive). */
public record DocumentSpan(DocumentType type, String title, int firstPage, int lastPage) {
}
