package org.boardpack.extract.meetings;

import org.boardpack.model.meetings.Meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.model.names.SameBody;
import org.boardpack.ingest.ParsedDocument;

/**
 * The meetings of a document and the meeting each paper belongs to: each paper's own meeting where
 * its head names one, the pack's meeting (its agenda's) for the papers that name none. A pack is
 * the papers of one body printed under more than one name (the agenda's full name, the minutes'
 * short one), so meetings of the same body take the agenda's name and their ids agree.
 */
public final class PaperMeetings {

    /**
     * The papers with their meeting ids, the meetings by id, the meeting the pack is for, and the
     * papers that record a meeting: those whose own head names their meeting and that are not
     * agendas (a report inherits the pack's meeting but records nothing the meeting did).
     */
    public record Result(List<DocumentSpan> papers, Map<String, Meeting> meetings, String packMeeting,
                         List<DocumentSpan> records) {

        /** Papers without meetings: what is left when the meetings cannot be read. */
        public static Result without(List<DocumentSpan> papers) {
            return new Result(papers, Map.of(), null, List.of());
        }
    }

    private final MeetingExtractor meetings;

    public PaperMeetings(MeetingExtractor meetings) {
        this.meetings = meetings;
    }

    public Result assign(ParsedDocument doc, List<DocumentSpan> segments) {
        List<Optional<Meeting>> found = new ArrayList<>(segments.size());
        String packBody = null;
        for (DocumentSpan span : segments) {
            // every paper is asked: the extractor keeps a meeting only on the evidence of its head
            Optional<Meeting> meeting = meetings.extract(doc, span);
            if (span.type() == DocumentType.AGENDA && packBody == null && meeting.isPresent()) {
                packBody = meeting.get().body();
            }
            found.add(meeting);
        }
        Map<String, Meeting> byId = new LinkedHashMap<>();
        List<DocumentSpan> papers = new ArrayList<>(segments.size());
        List<DocumentSpan> records = new ArrayList<>();
        String packMeeting = null;
        for (int i = 0; i < segments.size(); i++) {
            DocumentSpan span = segments.get(i);
            Optional<Meeting> meeting = found.get(i).map(unifyBody(packBody));
            if (span.type() == DocumentType.MINUTES) {
                meeting = meeting.map(m -> m.time() != null ? m : meetings.withCommencementTime(m, doc, span));
            }
            meeting.ifPresent(m -> byId.merge(m.id(), m, PaperMeetings::moreComplete));
            if (span.type() == DocumentType.AGENDA && packMeeting == null && meeting.isPresent()) {
                packMeeting = meeting.get().id();
            }
            DocumentSpan paper = span.withMeeting(meeting.map(Meeting::id).orElse(null));
            papers.add(paper);
            if (meeting.isPresent() && records(span.type())) {
                records.add(paper);
            }
        }
        // papers other than minutes are for the meeting the pack is for: the agenda's
        for (int i = 0; i < papers.size(); i++) {
            DocumentSpan d = papers.get(i);
            if (d.meeting() == null && d.type() != DocumentType.MINUTES && packMeeting != null) {
                papers.set(i, d.withMeeting(packMeeting));
            }
        }
        String fallback = packMeeting != null ? packMeeting : byId.keySet().stream().findFirst().orElse(null);
        return new Result(papers, byId, fallback, records);
    }

    /**
     * Whether a paper of this type can record what a meeting did: not an agenda, and not a report,
     * its cover sheet or appendix, even where its heading names the meeting it is for.
     */
    private static boolean records(DocumentType type) {
        return type != DocumentType.AGENDA && type != DocumentType.REPORT && type != DocumentType.COVER_SHEET
                && type != DocumentType.APPENDIX;
    }

    private static Function<Meeting, Meeting> unifyBody(String packBody) {
        return m -> {
            if (packBody == null || m.body().equals(packBody) || !SameBody.test(m.body(), packBody)) {
                return m;
            }
            return new Meeting(BodyName.slug(packBody) + "/" + m.date(), packBody, m.date(), m.time(), m.location());
        };
    }

    /** Two papers about the same meeting: keep what each knows. */
    private static Meeting moreComplete(Meeting a, Meeting b) {
        return new Meeting(a.id(), a.body(), a.date(), a.time() != null ? a.time() : b.time(),
                a.location() != null ? a.location() : b.location());
    }
}
