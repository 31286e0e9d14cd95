package org.boardpack.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * The acronyms each file defines, kept on that file's {@code pack} document (one stored value
 * {@code ACRONYM<TAB>expansion} per definition), so they are replaced and pruned with the file.
 */
final class IndexedAcronyms {

    private IndexedAcronyms() {
    }

    static void add(Document pack, List<AcronymPair> pairs) {
        for (AcronymPair p : pairs) {
            pack.add(new StoredField(IndexFields.ACRONYMS, p.acronym() + "\t" + p.expansion()));
        }
    }

    /** Every definition in the index, as a dictionary whose acronyms a query must write in capitals. */
    static AcronymDictionary read(IndexSearcher searcher) throws IOException {
        Query packs = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PACK));
        StoredFields stored = searcher.storedFields();
        List<AcronymPair> pairs = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(packs, Math.max(1, searcher.count(packs))).scoreDocs) {
            for (IndexableField f : stored.document(sd.doc, Set.of(IndexFields.ACRONYMS)).getFields(IndexFields.ACRONYMS)) {
                String[] cells = f.stringValue().split("\t", 2);
                if (cells.length == 2) {
                    pairs.add(new AcronymPair(cells[0], cells[1]));
                }
            }
        }
        return AcronymDictionary.of(pairs, false, Set.of());
    }
}
