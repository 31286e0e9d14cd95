package org.boardpack.extract.attendance;

import org.boardpack.extract.documents.PaperArea;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.extract.text.SentenceSplitter;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * The attendance of the meeting a paper records, read where minutes print it
 * ({@link AttendanceZone}): labelled lists ({@link AttendanceLabel}, {@link ListBlock}), an
 * attendance grid ({@link AttendanceGrid}) or a table with a status column ({@link StatusTable}), names under an apologies heading, and sentences
 * ({@link ApologySentences}). A label's kind gives the status; "Attendees" are those present
 * unless members present are listed too, and an "In attendance" list is those present when it is
 * the only list; an absent person noted "(excused)" sent apologies. Each person is listed once,
 * apologies replacing presence ({@link ListedOnce}).
 */
public final class AttendanceExtractor {

    /** A gap wider than this many ems between two lines starts a new paragraph. */
    private static final float PARAGRAPH_GAP_EMS = 1.0f;
    /** A members list has at least this many people (one "Chaired by" name is not one). */
    private static final int MEMBERS_LIST = 2;

    /** A paragraph that may say who came: the words of apologies, attendance, substitutes and absence notes. */
    private static final Pattern SAYS_WHO_CAME = Pattern.compile(
            "(?i)\\b(?:apolog|attendance|present\\b|substitut|" + Lexicon.alternation("absence-notes") + "\\b)");

    private final ApologySentences sentences;
    private final ListedOnce listedOnce = new ListedOnce();

    public AttendanceExtractor() {
        this(new ApologySentences(SentenceSplitter.english()));
    }

    public AttendanceExtractor(ApologySentences sentences) {
        this.sentences = sentences;
    }

    /** One person as a label listed them, before the label's kind is settled into a status. */
    private record Found(PeopleList.Listed listed, AttendanceLabel.Kind kind, String labelRole, int page) {
    }

    public List<Attendance> extract(ParsedDocument doc, DocumentSpan paper, String meetingId) {
        List<AttendanceZone.ZoneLine> zone = zone(doc, paper);
        List<Attendance> grid = AttendanceGrid.read(zone, date(meetingId), meetingId,
                doc.pages().stream().flatMap(p -> p.lines().stream()).toList());
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[zone.size()];
        if (grid.isEmpty()) {
            grid = statusTable(zone, taken, meetingId);
        }
        for (int i = 0; i < zone.size(); i++) {
            AttendanceZone.ZoneLine z = zone.get(i);
            if (!z.allowed()) {
                continue;
            }
            List<AttendanceLabel> labels = labels(z);
            if (labels.isEmpty() && z.heading() && z.apologiesItem()) {
                // "52  Apologies for Absence" over "Cllrs Ives, Ward and Ellis."
                AttendanceLabel bare = new AttendanceLabel(AttendanceLabel.Kind.APOLOGIES, null, List.of(), title(z.line()));
                ListBlock.Read read = ListBlock.read(zone, i, bare, true, j -> false);
                read.people().forEach(p -> found.add(new Found(p, bare.kind(), null, z.page())));
                for (int j = i + 1; j <= read.lastLine() && !read.people().isEmpty(); j++) {
                    taken[j] = true;
                }
                continue;
            }
            if (labels.isEmpty()) {
                continue;
            }
            int last = i;
            for (int k = 0; k < labels.size(); k++) {
                AttendanceLabel label = labels.get(k);
                taken[i] = true;
                if (label.kind() == AttendanceLabel.Kind.NONE) {
                    continue;
                }
                List<PeopleList.Listed> people;
                if (k < labels.size() - 1) {
                    people = label.rest().isEmpty() ? List.of() : ListBlock.people(List.of(new TextLine(label.rest())), false);
                } else {
                    ListBlock.Read read = ListBlock.read(zone, i, label, false, j -> !taken[j]);
                    people = read.people();
                    last = read.lastLine();
                    for (int j = read.firstLine(); j < i; j++) {
                        taken[j] = true;
                    }
                }
                if (label.kind() == AttendanceLabel.Kind.APOLOGIES && !label.rest().isEmpty()) {
                    List<Attendance> said = sentences.fromParagraph(TextLine.join(label.rest()), meetingId, z.page());
                    if (!said.isEmpty()) {
                        said.forEach(a -> found.add(new Found(asListed(a), label.kind(), null, z.page())));
                        continue;
                    }
                }
                people.forEach(p -> found.add(new Found(p, label.kind(), label.role(), z.page())));
            }
            for (int j = i; j <= last; j++) {
                taken[j] = true;
            }
            i = last;
        }
        List<Attendance> listed = settle(found, meetingId, grid.stream().anyMatch(a -> a.status() == AttendanceStatus.PRESENT));
        List<Attendance> out = new ArrayList<>(grid);
        out = listedOnce.merge(out, listed);
        return listedOnce.merge(out, said(zone, taken, meetingId));
    }

    /** The people of the zone's status tables ({@link StatusTable}), their rows taken. */
    private static List<Attendance> statusTable(List<AttendanceZone.ZoneLine> zone, boolean[] taken, String meetingId) {
        List<Attendance> out = new ArrayList<>();
        for (StatusTable.Row r : StatusTable.read(zone)) {
            taken[r.line()] = true;
            PeopleList.Listed p = r.listed();
            out.add(new Attendance(meetingId, p.person().name(), p.person().honorific(), p.role(), p.initials(), r.status(),
                    r.page()));
        }
        return out;
    }

    /** The labels of a zone line; for a numbered heading, a label right after its number. */
    private static List<AttendanceLabel> labels(AttendanceZone.ZoneLine z) {
        if (!z.heading()) {
            return AttendanceLabel.all(z.line());
        }
        List<Word> words = z.line().words();
        for (int k = 0; k <= Math.min(3, words.size() - 1); k++) {
            Optional<AttendanceLabel> label = AttendanceLabel.at(words.subList(k, words.size()));
            if (label.isPresent()) {
                return List.of(label.get());
            }
        }
        return List.of();
    }

    /** Where a numbered heading's title starts: its first capitalised word after the number. */
    private static float title(TextLine line) {
        for (Word w : line.words()) {
            if (Character.isUpperCase(w.text().charAt(0)) && w.text().chars().anyMatch(Character::isLowerCase)
                    || w.text().length() > 3 && w.text().chars().allMatch(Character::isUpperCase)) {
                return w.x0();
            }
        }
        return line.x0();
    }

    /**
     * Only what the zone's sentences say of named people ({@code Cate not here}, {@code George
     * apologies}, {@code Apologies were received from ...}), no list under a label: for a paper
     * read as an agenda, where a label's list may be the body's membership rather than who came,
     * but a sentence giving a person's status at the meeting is the notes of the meeting itself.
     */
    public List<Attendance> statusSentences(ParsedDocument doc, DocumentSpan paper, String meetingId) {
        List<AttendanceZone.ZoneLine> zone = zone(doc, paper);
        return listedOnce.merge(List.of(), said(zone, new boolean[zone.size()], meetingId));
    }

    /** The paper's body lines, each marked by where minutes print their attendance. */
    private static List<AttendanceZone.ZoneLine> zone(ParsedDocument doc, DocumentSpan paper) {
        List<TextLine> lines = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        for (int n = paper.firstPage(); n <= paper.lastPage(); n++) {
            Page page = PaperArea.page(doc, paper, n);
            for (TextLine line : page.bodyLines()) {
                lines.add(line);
                pages.add(n);
            }
        }
        return AttendanceZone.of(lines, pages);
    }

    /** Statuses from the labels' kinds, once it is known whether members present are listed. */
    private static List<Attendance> settle(List<Found> found, String meetingId, boolean gridPresent) {
        boolean members = gridPresent || found.stream().filter(f -> f.kind() == AttendanceLabel.Kind.PRESENT
                || f.kind() == AttendanceLabel.Kind.ROLL_CALL).count() >= MEMBERS_LIST;
        boolean attendees = found.stream().anyMatch(f -> f.kind() == AttendanceLabel.Kind.ATTENDEES);
        List<Attendance> out = new ArrayList<>();
        for (Found f : found) {
            AttendanceStatus status = switch (f.kind()) {
                case PRESENT, ROLL_CALL -> AttendanceStatus.PRESENT;
                case ATTENDEES -> members ? AttendanceStatus.IN_ATTENDANCE : AttendanceStatus.PRESENT;
                case ATTENDING -> members || attendees ? AttendanceStatus.IN_ATTENDANCE : AttendanceStatus.PRESENT;
                case IN_ATTENDANCE -> AttendanceStatus.IN_ATTENDANCE;
                case APOLOGIES -> AttendanceStatus.APOLOGIES;
                case ABSENT -> excused(f.listed()) ? AttendanceStatus.APOLOGIES : AttendanceStatus.ABSENT;
                case NONE -> null;
            };
            PeopleList.Listed p = f.listed();
            String role = p.role() != null ? p.role() : f.labelRole();
            out.add(new Attendance(meetingId, p.person().name(), p.person().honorific(), role, p.initials(), status,
                    f.page()));
        }
        return out;
    }

    /** An absent person noted "(excused)" or "(sanctioned)": absence with apologies, by the codes' vocabulary. */
    private static boolean excused(PeopleList.Listed p) {
        return p.note() != null && AttendanceGrid.meaning(p.note()) == AttendanceStatus.APOLOGIES;
    }

    /** The people the zone's sentences name, outside the lists already read; a line of notes of who came is a paragraph of its own. */
    private List<Attendance> said(List<AttendanceZone.ZoneLine> zone, boolean[] taken, String meetingId) {
        List<Attendance> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int page = 0;
        TextLine previous = null;
        boolean afterNote = false;
        for (int i = 0; i <= zone.size(); i++) {
            AttendanceZone.ZoneLine z = i < zone.size() ? zone.get(i) : null;
            boolean in = z != null && z.allowed() && !taken[i];
            boolean note = in && StatusNote.opens(z.line().text());
            // notes of who came set one a line ("Cllr M Bramhall apologies") are a paragraph each
            boolean breaks = !in || z.heading() || previous == null || note || afterNote
                    || z.line().top() - previous.bottom() > PARAGRAPH_GAP_EMS * z.line().fontSize();
            afterNote = note;
            if (breaks && !paragraph.isEmpty()) {
                if (SAYS_WHO_CAME.matcher(paragraph).find()) {
                    out.addAll(sentences.fromParagraph(paragraph.toString(), meetingId, page));
                }
                paragraph.setLength(0);
            }
            if (in) {
                if (paragraph.isEmpty()) {
                    page = z.page();
                }
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(z.line().text().strip());
                // a heading is a paragraph of its own ("2 Apologies: Apologies were received from ...")
                previous = z.heading() ? null : z.line();
            } else {
                previous = null;
            }
        }
        return out;
    }

    private static PeopleList.Listed asListed(Attendance a) {
        return new PeopleList.Listed(new PersonName(a.honorific(), a.name()), a.role(), a.initials(), null);
    }

    private static LocalDate date(String meetingId) {
        if (meetingId == null || meetingId.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(meetingId.substring(meetingId.length() - 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
