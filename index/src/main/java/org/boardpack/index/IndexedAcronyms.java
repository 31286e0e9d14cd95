package org.boardpack.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The acronyms each file defines, kept on that file's {@code pack} document (one doc value
 * {@code ACRONYM<TAB>expansion} per definition), so they are replaced and pruned with the file.
 * Doc values, not stored fields: a searcher reads them all as it opens, and must not decompress
 * every file's whole record to do so.
 */
final class IndexedAcronyms {

    private IndexedAcronyms() {
    }

    static void add(Document pack, List<AcronymPair> pairs) {
        for (AcronymPair p : pairs) {
            pack.add(new SortedSetDocValuesField(IndexFields.ACRONYMS, new BytesRef(p.acronym() + "\t" + p.expansion())));
        }
    }

    /** Every definition of the files in the index, as a dictionary whose acronyms a query must write in capitals. */
    static AcronymDictionary read(IndexReader reader) throws IOException {
        List<AcronymPair> pairs = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), IndexFields.ACRONYMS);
            // a file replaced or pruned leaves deleted documents behind until a merge: skip them
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                for (int i = 0; i < values.docValueCount(); i++) {
                    String[] cells = values.lookupOrd(values.nextOrd()).utf8ToString().split("\t", 2);
                    if (cells.length == 2) {
                        pairs.add(new AcronymPair(cells[0], cells[1]));
                    }
                }
            }
        }
        return AcronymDictionary.of(pairs, false, Set.of());
    }
}
