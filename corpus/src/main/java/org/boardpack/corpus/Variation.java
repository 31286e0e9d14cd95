package org.boardpack.corpus;

import java.util.EnumSet;
import java.util.Set;

/**
 * A way real papers print something that the house styles, left to themselves, print more
 * kindly: each is a failure class seen on real papers (issue 14), drawn into a pack only when the
 * generator is asked for varied packs. The answers of a varied pack follow the annotation guide
 * for what it prints, so extraction is measured on the class rather than excused from it.
 */
public enum Variation {
    /** "… Minutes – Part I Public Session": words after "Minutes" on the title line. */
    TITLE_WORDS_AFTER_MINUTES("minutes title with words after \"Minutes\"",
            EnumSet.of(HouseStyle.NHS, HouseStyle.CHARITY)),
    /** "MINUTES of a meeting of … held on …" as a sentence in body-size type, no letterhead. */
    TITLE_SENTENCE_BODY_TYPE("\"MINUTES of a meeting of …\" in body-size type, no letterhead",
            EnumSet.of(HouseStyle.PARISH)),
    /** The meeting's date wrapped to the line below the title sentence. */
    DATE_WRAPPED("the meeting date wrapped to the next line", EnumSet.of(HouseStyle.COUNCIL)),
    /** "Time: 14.00 – 16.30": a 24-hour span with dots after a Time label. */
    TIME_DOTTED_SPAN("times like \"14.00 – 16.30\" after a Time label",
            EnumSet.of(HouseStyle.NHS, HouseStyle.CHARITY)),
    /** "Present; Cllr A (Chairman); Cllr B; … and Cllr Z": a label followed by ";", names by semicolons and "and". */
    PRESENT_SEMICOLONS("attendance label followed by \";\", names separated by semicolons and \"and\"",
            EnumSet.of(HouseStyle.PARISH)),
    /** "Also present: name, role": the role comma-attached, under a label outside the usual list. */
    ALSO_PRESENT("\"Also present: name, role\"", EnumSet.of(HouseStyle.PARISH, HouseStyle.COUNCIL)),
    /** "Cllr X had given their apologies." / "Apologies for absence were received from A, B and C." */
    APOLOGIES_IN_SENTENCE("apologies given in a sentence", EnumSet.of(HouseStyle.PARISH, HouseStyle.COUNCIL)),
    /** "Proposed Cllr A, seconded Cllr B and agreed that the Council …". */
    PROPOSED_SECONDED_AGREED("\"Proposed A, seconded B and agreed that …\"", EnumSet.of(HouseStyle.PARISH)),
    /** A proposal sentence closed by a standalone "AGREED." on its own line. */
    STANDALONE_AGREED("a standalone \"AGREED.\" closing the proposal above it", EnumSet.of(HouseStyle.PARISH)),
    /** "Action: text (Owner)" in the minute's text, the action column left empty. */
    ACTION_TEXT_OWNER("\"Action: text (Owner)\" lines instead of an action column entry",
            EnumSet.of(HouseStyle.CHARITY)),
    /** An action log (a table split over pages) whose header is printed on its first page only. */
    HEADER_NOT_REPEATED("action log / table continued over a page break without a repeated header",
            EnumSet.of(HouseStyle.NHS)),
    /** A grants table whose Decision column holds each row's outcome: "Approved.", "£500 approved.", "Rejected.". */
    DECISION_COLUMN_OUTCOMES("a grants table with a Decision column of outcomes (\"Approved.\", \"Rejected.\")",
            EnumSet.of(HouseStyle.COUNCIL)),
    /** "For 7, Against 2, Abstentions 1" on the line below a resolution. */
    RECORDED_VOTE("a recorded vote \"For N, Against N, Abstentions N\" below a resolution",
            EnumSet.of(HouseStyle.COUNCIL)),
    /** "Members were in agreement that the Council …" and passives ("… was approved by the Council."). */
    IN_AGREEMENT_AND_PASSIVES("\"Members were in agreement that …\" and passive decisions (\"… was approved by the Council.\")",
            EnumSet.of(HouseStyle.PARISH)),
    /** The minutes' action column headed "Action/Decision". */
    ACTION_DECISION_COLUMN("the minutes' action column headed \"Action/Decision\"", EnumSet.of(HouseStyle.CHARITY)),
    /** "ACTION: RC" on a line of its own closing the paragraphs it refers to, the action column empty. */
    ACTION_CLOSING_LINE("\"ACTION: initials\" closing the item's paragraphs above it", EnumSet.of(HouseStyle.CHARITY)),
    /** "Outstanding action from 12 March 2024: text (RC)" under matters arising. */
    CARRIED_OVER_ACTION("\"Outstanding action from <date>: text (Owner)\" carried over from an earlier meeting",
            EnumSet.of(HouseStyle.CHARITY)),
    /** The minutes set out without rules or column heads but a lone "Action" over the right-hand initials. */
    MARGIN_ACTION_COLUMN("minutes without rules, a lone \"Action\" heading over a right-hand column of initials",
            EnumSet.of(HouseStyle.CHARITY)),
    /** An action log without an owner column: the owner named in the action ("… (Name)", "Name to …"). */
    LOG_OWNER_IN_TEXT("action log without an owner column, the owner named in the action's text",
            EnumSet.of(HouseStyle.NHS)),
    /** Deadlines printed as a bare month ("March", "Mar 2025") or words ("Ongoing", "Next meeting"). */
    LOG_DEADLINE_WORDS("action log deadlines as bare months or words", EnumSet.of(HouseStyle.NHS)),
    /** The log as small boxed tables under section headings ("Open actions"), no header row. */
    LOG_SECTIONS_NO_HEADER("action log as small boxed tables under section headings, no header row",
            EnumSet.of(HouseStyle.NHS)),
    /** The minutes' action column followed by a "By when" column. */
    ACTION_COLUMN_THEN_DUE("the minutes' action column followed by a \"By when\" column", EnumSet.of(HouseStyle.CHARITY)),
    /** "Apologies for Absence: Councillors A, B and C", "Cllrs A and B": one plural honorific for a group of names. */
    GROUP_HONORIFIC("one plural honorific printed before a group of names (\"Councillors A, B and C\")",
            EnumSet.of(HouseStyle.COUNCIL)),
    /** An attendance label in the left column level with the middle of its list, not its first line. */
    LABEL_BESIDE_LIST("attendance label set level with the middle of a multi-line list", EnumSet.of(HouseStyle.COUNCIL)),
    /** "Cllr A had given her apologies." for a councillor also listed as present: apologies replace presence. */
    APOLOGIES_FOR_PRESENT("apologies in a sentence for someone also listed as present", EnumSet.of(HouseStyle.PARISH)),
    /** Names alone, one a line, under the APOLOGIES FOR ABSENCE heading: no sentence, no label. */
    APOLOGIES_BARE_NAMES("bare names under an apologies heading", EnumSet.of(HouseStyle.PARISH)),
    /**
     * An unruled statement of accounts in a report: figures right-aligned, sections parted by blank
     * space, bold section headings, totals under short rules, a reserves table stacked under it.
     */
    ACCOUNTS_STATEMENT("unruled accounts statement with sections parted by blank space and a stacked reserves table",
            EnumSet.of(HouseStyle.COUNCIL)),
    /** The minutes starting part-way down the page the agenda before them ends on, under its last item. */
    PAPER_MID_PAGE("a paper starting part-way down the page the one before it ends on", EnumSet.of(HouseStyle.PARISH)),
    /** Public comments numbered 1, 2, 3 of their own inside an item, under a sentence or a colon. */
    NUMBERED_LIST_IN_ITEM("a list numbered of its own inside an item (public comments 1, 2, 3)",
            EnumSet.of(HouseStyle.PARISH)),
    /** A minute number typed a few points right of the column of the others. */
    ITEM_OUT_OF_COLUMN("an item number set a little out of its column", EnumSet.of(HouseStyle.PARISH)),
    /** "6. ELECTIONS" (or "6. ELECTIONS:") over "a) Chairman" / "b) Vice-Chairman": sub-items 6(a), 6(b). */
    LETTERED_TITLES_UNDER_HEADING("short lettered titles right under a heading, which may have a colon of its own",
            EnumSet.of(HouseStyle.PARISH)),
    /** "47.1 Play Area: …" for every sub-number of a reports minute: sub-items titled by their labels. */
    LABELLED_SUB_NUMBERS("sub-numbers that each open with a short title label (\"47.1 Play Area: …\")",
            EnumSet.of(HouseStyle.PARISH)),
    /**
     * What a report lays out in columns that is no table: an unruled label/value block, a bulleted
     * list with hanging indents, a paragraph set in two columns. None is answered as a table.
     */
    NON_TABLE_COLUMNS("label/value details, a bulleted list and two-column prose in a report, none a table",
            EnumSet.of(HouseStyle.COUNCIL)),
    /**
     * The apologies minute as informal notes of who came, one person a line: "Cllr A Smith
     * apologies", and a member left out of the present list noted "Cllr B Jones not here" (absent).
     */
    ATTENDANCE_NOTES("informal notes of who came under the apologies minute (\"Cllr A Smith apologies\", \"Cllr B Jones not here\")",
            EnumSet.of(HouseStyle.PARISH)),
    /**
     * The agenda's last two items carried over to a new page and the minutes starting under them
     * on it: the minutes' letterhead and title in the page's first lines, under the agenda's end.
     */
    PAPER_UNDER_TAIL("a paper titled in a page's first lines, under the last lines of the paper before it",
            EnumSet.of(HouseStyle.PARISH));

    private final String description;
    private final Set<HouseStyle> styles;

    Variation(String description, Set<HouseStyle> styles) {
        this.description = description;
        this.styles = styles;
    }

    /** What the variation prints, in a phrase (for reports and docs). */
    public String description() {
        return description;
    }

    /** Whether the style has a place where this variation can be drawn. */
    public boolean appliesTo(HouseStyle style) {
        return styles.contains(style);
    }
}
