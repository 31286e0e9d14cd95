package org.boardpack.extract.documents;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.ingest.Page;
import org.boardpack.model.documents.DocumentType;

/**
 * The papers that may open part-way down a page, under the end of the paper above them: minutes
 * by their heading ({@link PaperOpening}), an action log by its title over its header row
 * ({@link LogOpening}), an agenda by its title over numbered items ({@link AgendaOpening}). The
 * first one down the page opens there. Under what may yet be minutes, a log or an agenda opens
 * only once the minutes have closed above it, or ended by the look of its own head ({@link PaperHead}).
 */
final class PartWayOpenings {

    /** A paper opening part-way down a page: where, its type, and its heading line's text. */
    record Found(PaperOpening.Opening at, DocumentType type, String heading) {
    }

    private final PaperOpening minutes;
    private final AgendaOpening agendas;
    private final LogOpening logs;

    PartWayOpenings(DateParser dates) {
        this.minutes = new PaperOpening(dates);
        this.agendas = new AgendaOpening(dates);
        this.logs = new LogOpening(dates);
    }

    /**
     * The first paper opening at or after line {@code from} under the paper above (typed
     * {@code above}); lines from {@code closeFrom} are the paper above's on this page.
     */
    Optional<Found> first(Page page, int from, int closeFrom, DocumentType above) {
        boolean closes = mayBeMinutes(above);
        return Stream.of(minutes.opening(page, from).map(o -> found(page, o, DocumentType.MINUTES)),
                        logs.below(page, from, closeFrom, closes).map(o -> found(page, o, DocumentType.ACTION_LOG)),
                        agendas.below(page, from, closeFrom, closes).map(o -> found(page, o, DocumentType.AGENDA)))
                .flatMap(Optional::stream)
                .min(Comparator.comparingInt(f -> f.at().heading()));
    }

    /**
     * An action log whose title stands in the page's first {@code headLines} lines under the last
     * lines of the paper before it (minutes closing at the top of the page): it opens there, not
     * at the page's top.
     */
    Optional<Found> logInHead(Page page, int headLines, DocumentType above) {
        return logs.below(page, 1, 0, mayBeMinutes(above))
                .filter(o -> o.heading() < headLines)
                .map(o -> found(page, o, DocumentType.ACTION_LOG));
    }

    private static Found found(Page page, PaperOpening.Opening o, DocumentType type) {
        return new Found(o, type, PrintedText.clean(page.lines().get(o.heading()).text()));
    }

    /**
     * Whether a paper so typed may yet be minutes, which must close before a paper opens under
     * them: minutes, an agenda by title (its template often heads the minutes taken on it), a paper
     * not yet typed; an action log too, since only a close ends one log before another opens.
     */
    private static boolean mayBeMinutes(DocumentType type) {
        return type != DocumentType.REPORT && type != DocumentType.APPENDIX && type != DocumentType.COVER_SHEET;
    }
}
