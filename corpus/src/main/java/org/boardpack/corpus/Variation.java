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
    /**
     * An unruled statement of accounts in a report: figures right-aligned, sections parted by blank
     * space, bold section headings, totals under short rules, a reserves table stacked under it.
     */
    ACCOUNTS_STATEMENT("unruled accounts statement with sections parted by blank space and a stacked reserves table",
            EnumSet.of(HouseStyle.COUNCIL));

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
