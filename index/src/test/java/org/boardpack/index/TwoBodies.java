package org.boardpack.index;

import java.util.List;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.actions.ActionStatus;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.decisions.DecisionKind;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.model.meetings.Meeting;
import org.boardpack.model.pages.PageText;

/**
 * Two packs of two bodies over three years, built as the extractor writes them: flu vaccination
 * decided in 2019, 2020 and 2021, a mayor who attends and owns an action, a page outside every
 * paper (no meeting, no date).
 */
final class TwoBodies {

    static final String BLMK = "BLMK Partnership Board";
    static final String BLMK_2020 = "blmk-partnership-board/2020-11-11";
    static final String TRUST = "Northfield Carers' Trust Board of Trustees";
    static final String TRUST_2021 = "northfield-carers-trust-board-of-trustees/2021-03-10";
    static final String TRUST_2019 = "northfield-carers-trust-board-of-trustees/2019-01-09";
    static final String BLMK_PATH = "/packs/blmk-2020-11-11.pdf";
    static final String TRUST_PATH = "/packs/northfield-2021-03-10.pdf";

    private TwoBodies() {
    }

    /** An index holding both packs, opened for search; the caller closes it. */
    static PackSearcher indexed(java.nio.file.Path dir) throws Exception {
        try (PackIndexWriter w = new PackIndexWriter(dir, "v1")) {
            w.replace(blmk());
            w.replace(trust());
        }
        return new PackSearcher(dir);
    }

    static PackRecord blmk() {
        List<Meeting> meetings = List.of(new Meeting(BLMK_2020, BLMK, "2020-11-11", "16:00", "Microsoft Teams"));
        List<DocumentSpan> docs = List.of(new DocumentSpan(DocumentType.MINUTES, "Minutes", 1, 4, BLMK_2020));
        List<Attendance> people = List.of(
                new Attendance(BLMK_2020, "Dave Hodgson", "Mayor", "Mayor of Bedford", "DH", AttendanceStatus.PRESENT, 1),
                new Attendance(BLMK_2020, "Jane Smith", "Cllr", "Luton Borough Council", "JS", AttendanceStatus.APOLOGIES, 1));
        List<Decision> decisions = List.of(new Decision(BLMK_2020, "8", null, DecisionKind.AGREED,
                "the flu vaccination programme for 2020/21 be approved", null, 3));
        List<Action> actions = List.of(new Action(ActionSource.MINUTES, BLMK_2020, "12", "8",
                "Report flu vaccination uptake to the next meeting", "DH", "Dave Hodgson", "2020-11-11", "2020-12",
                ActionStatus.OPEN, "Open", List.of(), 4));
        List<PageText> pages = List.of(
                new PageText(1, "BLMK Partnership Board Minutes\nPresent: Mayor Dave Hodgson\nApologies: Cllr Jane Smith"),
                new PageText(2, "7 Finance report"),
                new PageText(3, "8 Flu vaccination\nAgreed: the flu vaccination programme for 2020/21 be approved"),
                new PageText(4, "Action 12 DH: report flu vaccination uptake to the next meeting"),
                new PageText(5, "Glossary: flu means influenza"));
        return new PackRecord(PackRecord.SCHEMA, new SourceInfo(BLMK_PATH, "a".repeat(64), 5, "pdf"), docs, meetings,
                null, people, decisions, actions, null, pages);
    }

    static PackRecord trust() {
        List<Meeting> meetings = List.of(
                new Meeting(TRUST_2021, TRUST, "2021-03-10", "14:30", "The Old School"),
                new Meeting(TRUST_2019, TRUST, "2019-01-09", "14:30", "The Old School"));
        List<DocumentSpan> docs = List.of(
                new DocumentSpan(DocumentType.MINUTES, "Minutes", 1, 2, TRUST_2021),
                new DocumentSpan(DocumentType.APPENDIX, "Minutes of 9 January 2019", 3, 3, TRUST_2019));
        List<Attendance> people = List.of(
                new Attendance(TRUST_2021, "Priya Shah", "Prof", "Chair", "PS", AttendanceStatus.PRESENT, 1));
        List<Decision> decisions = List.of(
                new Decision(TRUST_2021, "4", "4.1", DecisionKind.APPROVED,
                        "The Board approved the flu vaccination campaign for staff and volunteers", null, 2),
                new Decision(TRUST_2019, "5", "5.2", DecisionKind.AGREED,
                        "Agreed: flu vaccination vouchers for carers", null, 3));
        List<Action> actions = List.of(new Action(ActionSource.MINUTES, TRUST_2021, null, "4",
                "Circulate the flu vaccination campaign plan", "PS", "Priya Shah", "2021-03-10", "2021-04",
                ActionStatus.CLOSED, "Complete", List.of(), 2));
        List<PageText> pages = List.of(
                new PageText(1, "Northfield Carers' Trust Board of Trustees\nAttendees: Prof Priya Shah (PS)"),
                new PageText(2, "4.1 The Board approved the flu vaccination campaign for staff and volunteers"),
                new PageText(3, "Minutes of 9 January 2019\nAgreed: flu vaccination vouchers for carers"));
        return new PackRecord(PackRecord.SCHEMA, new SourceInfo(TRUST_PATH, "b".repeat(64), 3, "pdf"), docs, meetings,
                null, people, decisions, actions, null, pages);
    }
}
