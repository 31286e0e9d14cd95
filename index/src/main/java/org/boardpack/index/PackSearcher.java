package org.boardpack.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.boardpack.model.BoardpackJson;
import org.boardpack.index.register.ActionSnapshot;
import org.boardpack.index.bodies.ActionEvidence;
import org.boardpack.index.bodies.MeetingIds;
import org.boardpack.index.bodies.BodiesFile;
import org.boardpack.index.bodies.BodiesFileException;
import org.boardpack.index.bodies.BodyDeclaration;
import org.boardpack.index.bodies.BodyDirectory;
import org.boardpack.index.bodies.BodyResolver;
import org.boardpack.index.bodies.BodySighting;
import org.boardpack.index.bodies.MeetingSighting;

/**
 * Search over an index with Lucene's query syntax (phrases, AND/OR/NOT, field:value) on the
 * records' text and people's names, filtered by record type, body and meeting date, ranked by
 * relevance or date, with facet counts over all the hits and snippets from the unified
 * highlighter. An acronym and its expansions are one term, and a first name matches its other
 * forms ({@link ExpandingQueryParser}). The whole-pack documents kept for export are never
 * returned as hits.
 */
public final class PackSearcher implements AutoCloseable {

    private final Path dir;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** The index-time analysis, which the highlighter re-runs over the stored text. */
    private final Analyzer analyzer = IndexAnalyzers.create();
    private final AcronymDictionary acronyms;
    private final SearchQueries queries;
    private final RecordLister lister;
    private final PersonCandidates people;
    private List<BodyDeclaration> extraBodies = List.of();
    private BodyDirectory bodies;

    /** A searcher with the bundled glossary and nicknames ({@link SearchVocabulary#standard()}). */
    public PackSearcher(Path dir) throws IndexException {
        this(dir, SearchVocabulary.standard());
    }

    /**
     * @param vocabulary the glossary, to which the acronyms the indexed papers define are added as
     *                   the index is opened, and the first names' other forms
     */
    public PackSearcher(Path dir, SearchVocabulary vocabulary) throws IndexException {
        this.dir = dir;
        if (!Files.isDirectory(dir)) {
            throw IndexException.of(dir, "no index here; run 'boardpack ingest' first", null);
        }
        try {
            this.directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw IndexException.of(dir, "no index here; run 'boardpack ingest' first", null);
            }
            this.reader = DirectoryReader.open(directory);
            this.searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw IndexException.of(dir, "cannot open the index", e);
        }
        try {
            // Lucene checks a segment's checksums only when merging it: a flipped byte would
            // otherwise read as wrong results, or fail half-way through an export
            IndexIntegrity.requireIntact(dir, reader);
        } catch (IndexException e) {
            close();
            throw e;
        }
        requireCurrentSchema();
        try {
            this.acronyms = vocabulary.glossary().merge(IndexedAcronyms.read(reader));
        } catch (IOException e) {
            close();
            throw IndexException.of(dir, "cannot read the acronyms in the index", e);
        }
        Analyzer forQueries = IndexAnalyzers.forQueries(vocabulary.nicknames());
        this.queries = new SearchQueries(forQueries, acronyms, vocabulary.nicknames(), b -> bodiesUnchecked().printedNames(b));
        this.lister = new RecordLister(searcher, queries);
        this.people = new PersonCandidates(forQueries);
    }

    /**
     * Bodies declared for this search beyond the bodies files the index is read with (a user's
     * {@code --bodies FILE}); resolution is made again on the next question.
     */
    public synchronized void declareBodies(List<BodyDeclaration> extra) {
        this.extraBodies = List.copyOf(extra);
        this.bodies = null;
    }

    /**
     * The bodies of the index: the names its meetings print resolved to one body each, with what
     * the bodies files declare — {@code boardpack-bodies.toml} beside the index, the corrections
     * kept in the index's own folder, and any {@link #declareBodies declared for this search}.
     */
    public synchronized BodyDirectory bodies() throws IndexException {
        if (bodies == null) {
            List<BodyDeclaration> declared = new ArrayList<>();
            for (Path file : List.of(correctionsFile(dir), besideFile(dir))) {
                if (Files.isRegularFile(file)) {
                    try {
                        declared.addAll(BodiesFile.readAnchored(file));
                    } catch (BodiesFileException e) {
                        throw new IndexException(dir, e.getMessage(), null);
                    }
                }
            }
            declared.addAll(extraBodies);
            Path base = dir.toAbsolutePath().normalize().getParent();
            try {
                bodies = new BodyDirectory(new BodyResolver(declared, base == null ? dir : base)
                        .resolve(bodySightings(), this::actionEvidence));
            } catch (UncheckedIOException e) {
                throw new IndexException(dir, "cannot read the index", e.getCause());
            }
        }
        return bodies;
    }

    private BodyDirectory bodiesUnchecked() {
        try {
            return bodies();
        } catch (IndexException e) {
            throw new UncheckedIndexException(e);
        }
    }

    /** The corrections {@code boardpack bodies merge|rename} and {@code ingest --body} record, kept with the index. */
    public static Path correctionsFile(Path indexDir) {
        return indexDir.resolve(BodiesFile.NAME);
    }

    /** The bodies file a user keeps beside the index folder. */
    public static Path besideFile(Path indexDir) {
        Path parent = indexDir.toAbsolutePath().normalize().getParent();
        return (parent == null ? indexDir : parent).resolve(BodiesFile.NAME);
    }

    /** Every meeting's body as printed, with the file that printed it. */
    public List<BodySighting> bodySightings() throws IndexException {
        return meetingSightings().stream().map(m -> new BodySighting(m.body(), m.file())).toList();
    }

    /** The signatures of the index's actions by file and name, read in one pass when the resolver first asks. */
    private ActionEvidence actionEvidence() {
        try {
            return new ActionSignatures(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every meeting record of the index: its id, body as printed, date and file. */
    public List<MeetingSighting> meetingSightings() throws IndexException {
        List<MeetingSighting> out = new ArrayList<>();
        try {
            Query meetings = new TermQuery(new Term(IndexFields.TYPE, "meeting"));
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(meetings, Math.max(1, searcher.count(meetings))).scoreDocs) {
                Document d = stored.document(sd.doc,
                        Set.of(IndexFields.BODY, IndexFields.PATH, IndexFields.MEETING, IndexFields.DATE));
                String body = d.get(IndexFields.BODY);
                String path = d.get(IndexFields.PATH);
                if (body != null && path != null) {
                    out.add(new MeetingSighting(d.get(IndexFields.MEETING), body, d.get(IndexFields.DATE), Path.of(path)));
                }
            }
        } catch (IOException e) {
            throw new IndexException(dir, "cannot read the index", e);
        }
        return out;
    }

    /** The acronyms queries expand: the glossary's and those the indexed papers define. */
    public AcronymDictionary acronyms() {
        return acronyms;
    }

    /**
     * An index written before names, body keys and facets were indexed would answer filters and
     * facets with silence; ingest skips unchanged files, so say how to rebuild it.
     */
    private void requireCurrentSchema() throws IndexException {
        try {
            Query packs = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PACK));
            BooleanQuery.Builder readable = new BooleanQuery.Builder();
            IndexFields.SEARCHABLE_INDEX_SCHEMAS.forEach(v ->
                    readable.add(new TermQuery(new Term(IndexFields.INDEX_SCHEMA, v)), BooleanClause.Occur.SHOULD));
            Query current = new BooleanQuery.Builder()
                    .add(packs, BooleanClause.Occur.FILTER)
                    .add(readable.build(), BooleanClause.Occur.FILTER)
                    .build();
            if (searcher.count(packs) != searcher.count(current)) {
                close();
                throw IndexException.of(dir, "the index was written by an older boardpack, without the fields "
                        + "search needs now; rebuild it with 'boardpack ingest --force'", null);
            }
        } catch (IOException e) {
            throw IndexException.of(dir, "cannot read the index", e);
        }
    }

    /**
     * @param markOpen text put before each highlighted term ({@code "\u001b[1m"} on a terminal,
     *                 {@code "<b>"} for JSON)
     */
    public SearchResult search(SearchRequest request, String markOpen, String markClose)
            throws IndexException, InvalidQueryException {
        ParsedQuery parsed = queries.parse(request.query());
        Query query = queries.filtered(parsed.query(), request.filters());
        Sort sort = SearchQueries.sort(request.order());
        int n = request.limit();
        try {
            TopDocs top;
            List<FacetCount> facets = List.of();
            long total;
            if (request.facets()) {
                // one pass collects the top hits and every matching document for the counts
                FacetsCollectorManager.FacetsResult r = sort == null
                        ? FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager())
                        : FacetsCollectorManager.search(searcher, query, n, sort, true, new FacetsCollectorManager());
                top = r.topDocs();
                facets = BodyFacets.merged(FacetCounter.count(reader, r.facetsCollector()), bodies());
                // the facets saw every match: their count is the total, without a second pass
                total = r.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
            } else {
                top = sort == null ? searcher.search(query, n) : searcher.search(query, n, sort, true);
                total = searcher.count(query);
            }
            List<SearchHit> hits = new SearchHitReader(searcher, analyzer, new MeetingIds(bodiesUnchecked()))
                    .hits(parsed, top, markOpen, markClose);
            return new SearchResult(total, hits, facets, parsed.expanded());
        } catch (IOException e) {
            throw IndexException.of(dir, "cannot search the index", e);
        }
    }

    /** A ranked search without filters or facets. */
    public List<SearchHit> search(String queryText, int limit, String markOpen, String markClose)
            throws IndexException, InvalidQueryException {
        return search(SearchRequest.of(queryText, limit), markOpen, markClose).hits();
    }

    /**
     * Every record the selection asks for (all of them unless it sets a limit), with its stored
     * JSON: what the listing commands and the typed exports read.
     */
    public List<IndexedRecord> records(RecordSelection selection) throws IndexException, InvalidQueryException {
        try {
            return lister.list(selection);
        } catch (IOException e) {
            throw IndexException.of(dir, "cannot read the index", e);
        }
    }

    /** How many records {@link #records} would list for the selection without its limit; none is read. */
    public int count(RecordSelection selection) throws IndexException, InvalidQueryException {
        try {
            return lister.count(selection);
        } catch (IOException e) {
            throw IndexException.of(dir, "cannot read the index", e);
        }
    }

    /**
     * The records {@link #records} lists, read from the index as the iterator advances (a batch of
     * at most one file's, one day's or a thousand hits' records at a time), for exports that must
     * not hold the whole index; reading errors surface as {@link UncheckedIndexException}.
     */
    public Iterator<IndexedRecord> eachRecord(RecordSelection selection) throws IndexException, InvalidQueryException {
        try {
            return IndexIterators.unchecked(dir, lister.iterate(selection, null));
        } catch (IOException e) {
            throw IndexException.of(dir, "cannot read the index", e);
        }
    }

    /**
     * The attendance and action records of the selection that may name the person {@code name}
     * (any word of it in their name field, or in an action's text), in the selection's order: a
     * Lucene pre-filter, so a caller that matches names precisely loads the candidates only.
     */
    public List<IndexedRecord> recordsNaming(String name, RecordSelection selection)
            throws IndexException, InvalidQueryException {
        try {
            List<IndexedRecord> records = new ArrayList<>();
            lister.iterate(selection, people.of(name)).forEachRemaining(records::add);
            return records;
        } catch (IOException e) {
            throw IndexException.of(dir, "cannot read the index", e);
        } catch (UncheckedIOException e) {
            throw IndexException.of(dir, "cannot read the index", e.getCause());
        }
    }

    /** The whole-pack records, in path order: what {@code export} writes. */
    public List<String> packRecordsJson() throws IndexException {
        List<String> packs = new ArrayList<>();
        eachPackRecordJson().forEachRemaining(packs::add);
        return packs;
    }

    /** The whole-pack records in path order, each read as the iterator reaches it. */
    public Iterator<String> eachPackRecordJson() throws IndexException {
        try {
            return IndexIterators.unchecked(dir, new PackRecordsReader(searcher).json());
        } catch (IOException e) {
            throw IndexException.of(dir, "cannot read the index", e);
        }
    }

    /**
     * Every action record of the index (of the body named {@code body}, by name or slug in any
     * case; every body when null), each with its file and the meeting, body and date of the paper
     * that printed it.
     */
    public List<ActionSnapshot> actions(String body) throws IndexException {
        List<String> packs = packRecordsJson();
        try {
            return new ActionRecords(BoardpackJson.newMapper(), bodies()).of(packs, body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw IndexException.of(dir, "a stored pack record cannot be read", e);
        }
    }

    /**
     * The same snapshots as {@link #actions}, one body's at a time in the order the linker takes
     * bodies, read as the iterator advances: the register of a large index without holding it all.
     */
    public Iterator<List<ActionSnapshot>> actionsByBody(String body) throws IndexException {
        try {
            return IndexIterators.unchecked(dir, new PackRecordsReader(searcher).actionsByBody(
                    new ActionRecords(BoardpackJson.newMapper(), bodies()), body));
        } catch (IOException e) {
            throw IndexException.of(dir, "cannot read the index", e);
        }
    }

    /** Whether {@code dir} holds an index that {@link #PackSearcher(Path)} can open. */
    public static boolean exists(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Directory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IndexException {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw IndexException.of(dir, "cannot close the index", e);
        }
    }
}
