package org.boardpack.extract.documents;

import org.boardpack.model.documents.DocumentType;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the text of a paper's first page says the paper is, whatever its title looks like. Minutes
 * record a meeting held: attendance lists ({@code PRESENT:}, {@code Attendees}, {@code Roll Call}),
 * past-tense outcomes ({@code RESOLVED}, {@code it was agreed}, {@code Motion passed},
 * {@code called the meeting to order}). An agenda announces one to be held: a summons
 * ({@code hereby summoned}, {@code to be held}), an {@code Agenda} or {@code Order of Business}
 * heading, an {@code Item | Lead} header, items worded {@code To receive ...}, a list of short
 * numbered items with no record of what was done under them. A report has a
 * byline and a purpose ({@code Report of:}, {@code Purpose of report}, {@code Recommendations}).
 * Each kind of cue counts once; narrative outcomes count when there are at least two.
 *
 * @param attendance   whether an attendance list's label was found
 * @param minutes      distinct kinds of minutes cue found
 * @param agenda       distinct kinds of agenda wording found (summons, item header, items to do)
 * @param agendaTitle  whether a heading calls the paper an agenda
 * @param report       lines that carry a report cue
 */
public record PaperCues(boolean attendance, int minutes, int agenda, boolean agendaTitle, int report) {

    private static final Pattern NUMBER = Pattern.compile("^(?:\\d{1,3}(?:\\.\\d{1,2})*\\.?|[a-z][.)])\\s+");
    /** An attendance list's label, with its colon or alone on its line. */
    private static final Pattern ATTENDANCE = Pattern.compile("(?i)^(?:present|members\\s+present|attendees|attendance"
            + "|in\\s+attendance|also\\s+in\\s+attendance|also\\s+present|apologies(?:\\s+for\\s+absence)?(?:\\s+received)?"
            + "|absent|roll\\s+call|governor\\s+attendance|officers\\s+present)"
            + "\\s*(?:\\(\\d+\\))?\\s*:");
    private static final Pattern ATTENDANCE_HEADING = Pattern.compile(
            "(?i)^(?:present|attendees|in\\s+attendance|roll\\s+call|governor\\s+attendance|members\\s+present|attendance)$");
    /** A numbered heading that only minutes have. */
    private static final Pattern NUMBERED_ATTENDANCE = Pattern.compile("(?i)^(?:in\\s+attendance|present|attendees)$");
    /** Outcomes recorded in the past tense. */
    private static final Pattern NARRATIVE = Pattern.compile("\\bRESOLVED\\b|(?i:\\bit\\s+was\\s+(?:resolved|agreed|noted"
            + "|reported|proposed|decided)\\b|\\b(?:was|were)\\s+(?:unanimously\\s+)?(?:agreed|approved|adopted|carried|seconded"
            + "|elected|received|confirmed|ratified|accepted|in\\s+attendance|deemed)\\b|\\bmotion\\s+(?:passed|carried|failed"
            + "|was)\\b|\\b(?:seconded|moved)\\s+by\\b|\\bcalled\\s+(?:the\\s+meeting\\s+)?to\\s+order\\b"
            + "|\\bmeeting\\s+(?:commenced|opened|closed|started|began|ended|concluded)\\b|\\bapologies\\s+(?:were\\s+)?"
            + "(?:received|accepted|given|noted)\\b|\\b(?:ayes|nays|abstained)\\s*:|\\bvotes?\\s+to\\s+approve\\b"
            + "|\\bdeclared\\s+an?\\s+interest\\b|\\bthe\\s+chair(?:man|person)?\\s+(?:welcomed|opened|closed|thanked)\\b)");
    private static final Pattern SUMMONS = Pattern.compile(
            "(?i)\\bhereby\\s+summoned\\b|\\bto\\s+be\\s+held\\b|\\bnotice\\s+is\\s+(?:hereby\\s+)?given\\b|\\byou\\s+are\\s+"
                    + "(?:hereby\\s+)?(?:summoned|invited|requested)\\b");
    private static final Pattern AGENDA_HEADING = Pattern.compile(
            "(?i)^(?:agenda|a\\s?g\\s?e\\s?n\\s?d\\s?a|order\\s+of\\s+business|business\\s+to\\s+be\\s+transacted|items\\s+of\\s+business)"
                    + "\\s*:?$");
    private static final Pattern AGENDA_IN_TITLE = Pattern.compile("(?i)\\bagenda\\b(?!\\s+item)");
    private static final Pattern TO_DO_ITEM = Pattern.compile("(?i)^to\\s+(?:receive|consider|approve|note|confirm|agree"
            + "|discuss|elect|appoint|adopt|resolve|review|authori[sz]e|ratify|determine)\\b");
    /** A report's byline and purpose; {@code Report of ...} without its colon is an agenda item's description. */
    private static final Pattern REPORT = Pattern.compile("(?i)^(?:report\\s+(?:of|by|from|to|author|title)\\s*:"
            + "|purpose\\s+of\\s+(?:the\\s+|this\\s+)?(?:report|paper)\\b|executive\\s+summary\\b|recommendations?\\b"
            + "|date\\s+of\\s+(?:decision|report)\\b|responsible\\s+officer\\b|key\\s+decision\\b|lead\\s+officer\\b"
            + "|contact\\s+officer\\b|prepared\\s+by\\b|presented\\s+by\\b|author\\s*:)");
    /**
     * Figures on a numbered line make it a table's row ({@code 2 Annual Precept 1,823,850 1,832,982}), not an
     * item; so do a date right after the number ({@code 4 11/09/2019 HAPTC Training}: a payments schedule)
     * and nothing but figures ({@code 0.00 0.00}: an amount read as a number).
     */
    private static final Pattern FIGURES = Pattern.compile("\\d{1,3},\\d{3}|[£$€]\\s*\\d|\\d[\\d.,]*\\s+\\S*\\d"
            + "|^\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|^[\\d.,%£$€()\\s-]+$");
    /** An agenda's item list: at least this many short numbered lines, a quarter of the page's lines. */
    private static final int MIN_ITEMS = 3;
    private static final int ITEM_WORDS = 12;
    /** Lines from the top in which a title may name the paper an agenda. */
    private static final int TITLE_LINES = 6;

    /** The cues on the given lines (a page's text lines, top to bottom, as printed). */
    public static PaperCues of(List<String> lines) {
        boolean attendance = false;
        int narrative = 0;
        boolean summons = false;
        boolean agendaHeading = false;
        boolean itemHeader = false;
        int toDo = 0;
        int items = 0;
        int running = 0;
        int report = 0;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            String unnumbered = NUMBER.matcher(text).replaceFirst("");
            attendance |= ATTENDANCE.matcher(unnumbered).find() || ATTENDANCE_HEADING.matcher(text).matches()
                    || NUMBERED_ATTENDANCE.matcher(unnumbered).matches();
            if (NARRATIVE.matcher(text).find()) {
                narrative++;
            }
            summons |= SUMMONS.matcher(text).find();
            itemHeader |= PaperHeaderRows.agenda(text);
            agendaHeading |= AGENDA_HEADING.matcher(text).matches()
                    || i < TITLE_LINES && AGENDA_IN_TITLE.matcher(text).find() && text.split("\\s+").length <= 12;
            if (TO_DO_ITEM.matcher(unnumbered).find()) {
                toDo++;
            }
            if (!unnumbered.equals(text) && text.split(" ").length <= ITEM_WORDS && !FIGURES.matcher(unnumbered).find()) {
                items++;
                if (!unnumbered.isEmpty() && Character.isLowerCase(unnumbered.charAt(0))) {
                    running++;
                }
            }
            if (REPORT.matcher(unnumbered).find()) {
                report++;
            }
        }
        int minutes = (attendance ? 1 : 0) + (narrative >= 2 ? 1 : 0) + (narrative >= 5 ? 1 : 0);
        // a list of numbered items with no record of what was done under them; numbered lines that
        // run on in lower case are a transcript's or a report's line numbers, not items
        boolean itemList = items >= MIN_ITEMS && items * 4 >= lines.size() && narrative < 2 && running * 5 < items;
        int agenda = (summons ? 1 : 0) + (itemHeader ? 1 : 0) + (toDo >= 2 ? 1 : 0) + (itemList ? 1 : 0);
        return new PaperCues(attendance, minutes, agenda, agendaHeading, report);
    }

    /** Whether the page reads as the papers of a meeting (its minutes or agenda) rather than a report. */
    public boolean meetingPaper() {
        int meeting = minutes + agenda + (agendaTitle ? 1 : 0);
        return meeting > 0 && meeting >= Math.min(report, 2);
    }

    /**
     * Minutes where their cues outnumber the agenda's wording: a record of what was done outweighs
     * an {@code Agenda} title left on it from the template. An agenda where it has any agenda
     * cue; a report where report cues outweigh both.
     */
    public Optional<DocumentType> type() {
        if (!meetingPaper()) {
            return report >= 2 ? Optional.of(DocumentType.REPORT) : Optional.empty();
        }
        return Optional.of(minutes > agenda ? DocumentType.MINUTES : DocumentType.AGENDA);
    }
}
