package org.boardpack.extract.meetings;

import org.boardpack.model.meetings.Meeting;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.extract.dates.FileNameYears;
import org.boardpack.extract.dates.TimeParser;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.extract.documents.HeadingWords;
import org.boardpack.extract.documents.PaperArea;
import org.boardpack.extract.documents.PaperCues;
import org.boardpack.extract.documents.PaperOpening;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;

/**
 * The meeting a paper is for, asked of every paper of a pack whatever its type: read from the
 * heading at the top of its first page (or where it opens part-way down), and kept only where the
 * evidence says the paper is a meeting's own. Three headings are read ({@link MeetingSentence},
 * {@link LabelledHeader}, {@link TitleBlock}); a heading counts when it calls the paper minutes or
 * an agenda itself, or when the page reads as minutes or an agenda ({@link PaperCues}). Any other
 * paper (a report, a cover sheet, an action log) is for a meeting only when its heading names one
 * ({@code Date of meeting}, {@code Meeting of ...}, a committee's name) and the pack's front page
 * carries no meeting of its own: the pack's agenda speaks for its papers. No date, no meeting.
 */
public final class MeetingExtractor {

    /** Lines from the top of a page (or from where a paper opens) read for its heading. */
    private static final int HEAD_LINES = 14;
    /** Pages of a pack searched for the body's name when a heading names only a kind of meeting. */
    private static final int BODY_SEARCH_PAGES = 20;

    private final MeetingSentence sentence;
    private final LabelledHeader labelled;
    private final TitleBlock titleBlock;
    private final YearTitle yearTitle = new YearTitle();
    private final HeadingTail tail;
    private final CommencementTime commencement;
    private final PaperOpening opening;
    private final WeekdayCheck weekdays;
    private final DateParser dates;

    public MeetingExtractor(DateParser dates, TimeParser times) {
        this.dates = dates;
        this.weekdays = new WeekdayCheck(dates);
        this.sentence = new MeetingSentence(dates, times);
        this.labelled = new LabelledHeader(dates, times);
        this.titleBlock = new TitleBlock(dates, times);
        this.tail = new HeadingTail(times);
        this.commencement = new CommencementTime(times);
        this.opening = new PaperOpening(dates);
    }

    public Optional<Meeting> extract(ParsedDocument doc, DocumentSpan span) {
        Page first = PaperArea.first(doc, span);
        Optional<Weighed> heading = weigh(first, FileNameYears.of(doc.path()));
        if (heading.isEmpty()) {
            return Optional.empty();
        }
        HeaderReading r = heading.get().reading();
        if (!heading.get().primary()) {
            boolean stands = r.named() && (span.firstPage() == 1 || !frontPageCarriesMeeting(doc));
            if (!stands) {
                return Optional.empty();
            }
            // a report's title names the meeting body, then the paper: the body is the first part
            r = r.withBody(BodyName.clean(HeadingWords.throughMeetingBody(r.body())));
        }
        if (r.body().isEmpty()) {
            r = r.withBody(bodyElsewhere(doc).orElse(""));
            if (r.body().isEmpty()) {
                return Optional.empty();
            }
        }
        if (r.time() == null && heading.get().primary()) {
            r = r.withTime(commencement.find(doc, span).orElse(null));
        }
        return Optional.of(meeting(r));
    }

    /** A heading found on a page, and whether the paper is a meeting's own (its minutes or agenda). */
    private record Weighed(HeaderReading reading, boolean primary) {
    }

    /**
     * @param named years the file's name carries: a heading date printed without its year is read
     *              in one of them or of the page's own years, where its weekday falls
     */
    private Optional<Weighed> weigh(Page page, Set<Integer> named) {
        if (page.running().isEmpty()) {
            return weigh(page, page.lines(), named);
        }
        // a running header (Public Board – 12 March 2024 over every page) names the pack, not the
        // paper: the heading is read under it, and from it only where the page prints no other;
        // it may still say which paper the page is (Agenda, 5-4-16). A running footer does the
        // same from the foot of the page: it is read as if printed over the page
        Optional<Weighed> all = weigh(page, footersFirst(page), named);
        Optional<Weighed> body = weigh(page, page.bodyLines(), named);
        boolean declared = all.map(Weighed::primary).orElse(false);
        return body.isEmpty() ? all : Optional.of(new Weighed(body.get().reading(), body.get().primary() || declared));
    }

    /** The page's lines with its running footers (running lines in its lower half) moved to the top. */
    private static List<TextLine> footersFirst(Page page) {
        java.util.Set<TextLine> footers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        page.running().stream().filter(l -> l.top() > page.height() / 2).forEach(footers::add);
        if (footers.isEmpty()) {
            return page.lines();
        }
        List<TextLine> out = new java.util.ArrayList<>(page.lines().stream().filter(footers::contains).toList());
        page.lines().stream().filter(l -> !footers.contains(l)).forEach(out::add);
        return out;
    }

    /** @param all the page's lines read for the heading: all of them, or those of its body */
    private Optional<Weighed> weigh(Page page, List<TextLine> all, Set<Integer> named) {
        Set<Integer> years = yearsOn(page);
        years.addAll(named);
        Optional<HeaderReading> top = read(HeadLine.of(all.subList(0, Math.min(HEAD_LINES, all.size()))), years);
        int from = 0;
        if (top.isEmpty() || !top.get().declared()) {
            // the paper may open part-way down, under the end of the one before it
            OptionalInt below = opening.below(page, 1);
            if (below.isPresent() && all.indexOf(page.lines().get(below.getAsInt())) >= 0) {
                from = all.indexOf(page.lines().get(below.getAsInt()));
                top = read(HeadLine.of(all.subList(from, Math.min(from + HEAD_LINES, all.size()))), years);
            }
        }
        if (top.isEmpty()) {
            return Optional.empty();
        }
        List<TextLine> head = all.subList(0, Math.min(from + HEAD_LINES, all.size()));
        // a running head may print the date the heading's weekday agrees with (Agenda, 5-4-16 over
        // Tuesday 4 April, 2016): the check reads the head with it
        List<TextLine> checked = head.isEmpty() ? head : page.lines().subList(0, page.lines().indexOf(head.getLast()) + 1);
        top = top.map(r -> weekdays.checked(r, checked));
        PaperCues cues = PaperCues.of(all.subList(from, all.size()).stream().map(l -> HeadLine.clean(l.text())).toList());
        boolean report = !cues.meetingPaper() && cues.report() >= 2;
        boolean primary = !report && !top.get().log() && (top.get().declared() || cues.meetingPaper());
        return Optional.of(new Weighed(top.get(), primary));
    }

    private Optional<HeaderReading> read(List<HeadLine> lines, Set<Integer> years) {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        Optional<HeaderReading> r = sentence.read(lines).or(() -> labelled.read(lines, years)).or(() -> titleBlock.read(lines))
                .or(() -> yearTitle.read(lines));
        return r.map(h -> tail.complete(h, lines));
    }

    /** The years of the dates printed in full on a page. */
    private Set<Integer> yearsOn(Page page) {
        Set<Integer> years = new HashSet<>();
        for (TextLine l : page.lines()) {
            dates.find(l.text()).ifPresent(d -> years.add(d.date().getYear()));
        }
        return years;
    }

    /** Whether the pack's first page is a meeting's own paper with its heading: its agenda or minutes. */
    private boolean frontPageCarriesMeeting(ParsedDocument doc) {
        return weigh(doc.pages().getFirst(), FileNameYears.of(doc.path())).map(Weighed::primary).orElse(false);
    }

    /**
     * A heading that names only the kind of meeting ({@code Annual General Meeting 2007}) is the
     * pack's body's: the name the heading of another of the pack's agendas or minutes prints.
     */
    private Optional<String> bodyElsewhere(ParsedDocument doc) {
        for (Page page : doc.pages().subList(0, Math.min(BODY_SEARCH_PAGES, doc.pageCount()))) {
            Optional<String> body = weigh(page, FileNameYears.of(doc.path())).filter(Weighed::primary).map(w -> w.reading().body()).filter(b -> !b.isEmpty());
            if (body.isPresent()) {
                return body;
            }
        }
        return Optional.empty();
    }

    /**
     * Minutes whose heading gives no time often say it in their first lines or at the end:
     * {@code The meeting commenced at 2.00 p.m.}, {@code called the meeting to order at 7:04 p.m.}.
     * Kept for callers that still ask; {@link #extract} already does.
     */
    public Meeting withCommencementTime(Meeting m, ParsedDocument doc, DocumentSpan minutes) {
        if (m.time() != null) {
            return m;
        }
        return commencement.find(doc, minutes).map(t -> new Meeting(m.id(), m.body(), m.date(), t, m.location())).orElse(m);
    }

    private static Meeting meeting(HeaderReading r) {
        String iso = r.isoDate();
        return new Meeting(BodyName.slug(r.body()) + "/" + iso, r.body(), iso, r.time(), r.place());
    }
}
