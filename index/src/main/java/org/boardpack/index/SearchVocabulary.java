package org.boardpack.index;

/**
 * What a search knows beyond the index: the glossary of acronyms (the papers' own definitions are
 * read from the index and added to it) and the nicknames of first names.
 */
public record SearchVocabulary(AcronymDictionary glossary, Nicknames nicknames) {

    /** The glossary and nickname list bundled with boardpack. */
    public static SearchVocabulary standard() {
        return new SearchVocabulary(AcronymGlossary.standard(), Nicknames.standard());
    }
}
