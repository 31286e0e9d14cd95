package org.boardpack.extract.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;

/**
 * The words of a meeting paper's heading, in one place: the words naming the paper ({@code Minutes},
 * {@code Agenda}, {@code Meeting Record}) and their qualifiers ({@code Approved}, {@code Part I
 * Public Session}), the kinds of meeting ({@code Special}, {@code Annual General}), the nouns that
 * end a body's name ({@code Council}, {@code Board}, {@code Committee}), the labels of a labelled
 * heading ({@code Date:}, {@code Venue:}, {@code COMMITTEE}), and the sentences that open minutes
 * ({@code Minutes of the meeting of X held on ...}, {@code At a meeting of X held in ...}) and
 * summonses ({@code Members ... are hereby summoned to attend a meeting of X to be held at ...}).
 */
public final class HeadingWords {

    /** Words that say which paper it is, never part of the body's name. */
    public static final String PAPER = "(?:minutes|agenda|meeting\\s+notes|meeting\\s+record|notes\\s+of\\s+(?:the|an?)\\s+meeting"
            + "|action\\s+notes|summons)";
    /**
     * {@code Notes} closing a title ({@code Quality Committee Notes}) is the paper's word too; alone
     * it says less ({@code Notes to the Accounts}), so it does not make a heading a meeting's.
     */
    public static final String NOTES = "notes";
    /** Words that qualify the paper: {@code Draft Minutes}, {@code Minutes – Part I Public Session}. */
    public static final String QUALIFIER = "(?:draft|approved|confirmed|unconfirmed|signed|final|public|private|open"
            + "|closed|confidential|session|updated|as\\s+at|part\\s+(?:[12]|i{1,2}|one|two|[ab]))";
    /**
     * An action log's own title, a log kept for a meeting rather than the meeting's minutes or
     * agenda ({@code Action Log}, {@code Actions arising}): the {@code action-log-titles} lexicon,
     * as an alternation to set in other patterns.
     */
    public static final String ACTION_LOG = Lexicon.alternation("action-log-titles");
    /** A title naming a paper of its own an action log, anywhere in the title. */
    public static final Pattern ACTION_LOG_TITLE = Pattern.compile("(?i)\\b" + ACTION_LOG + "\\b");
    /**
     * A field dating an action log ({@code Updated: 2 February 2024}, {@code As at:}): the date it
     * was brought up to date for its meeting, which is the log's meeting where it prints no other.
     */
    public static final Pattern LOG_DATE_LABEL = Pattern.compile(
            "(?i)(?:(?:last|date)\\s+)?(?:updated|as\\s+at|position\\s+as\\s+at|status\\s+as\\s+at)");
    /** A title naming a paper an agenda: {@code AGENDA}, {@code Agenda for ...}, {@code Order of Business}. */
    public static final Pattern AGENDA_PAPER = Pattern.compile("(?i)(?:agenda|a\\s?g\\s?e\\s?n\\s?d\\s?a|order\\s+of\\s+business)\\b(?!\\s+item)");
    /** Kinds of meeting: {@code Special Meeting}, {@code Annual General Meeting}, {@code AGM}. */
    public static final String KIND = "(?:(?:(?:annual|extraordinary|special|ordinary|regular|general|statutory|inaugural"
            + "|adjourned|joint|virtual|remote|emergency|second|first|third)\\s+)*meeting|agm|egm)";

    /**
     * {@code Minutes of the meeting of}, {@code MINUTES: *Special Meeting of the}, {@code Notes of a
     * meeting of}, the Scottish {@code Minute of Meeting of}, and {@code Notes of the} before a name
     * that runs to {@code meeting held}.
     */
    public static final Pattern MINUTES_OF_MEETING = Pattern.compile("(?i)^(?:" + QUALIFIER + "\\s+)*(?:minutes?|notes)"
            + "\\s*(?:of\\s+|:\\s*)\\*?\\s*(?:(?:the|an?)\\s+)?(?:[\\w’'-]+\\s+){0,3}?meeting\\s+(?:\\([^)]{1,12}\\)\\s+)?"
            + "(?:of|for)\\s+(?:the\\s+)?"
            // the body named before the word meeting: Notes of the Joint Consultative Committee meeting held on
            + "|^(?:" + QUALIFIER + "\\s+)*(?:minutes?|notes)\\s+of\\s+(?:the|an?)\\s+(?=[^.]{3,120}?\\bmeeting\\s+held\\b)");
    /** The council form: {@code At a meeting of the Health and Wellbeing Board held in ...}. */
    public static final Pattern AT_A_MEETING = Pattern.compile("(?i)^at\\s+an?\\s+(?:[\\w’'-]+\\s+){0,3}?meeting\\s+of\\s+(?:the\\s+)?");
    /**
     * A summons: {@code ... are hereby summoned ... to attend a meeting of}, {@code NOTICE IS HEREBY
     * GIVEN that a meeting of}.
     */
    public static final Pattern SUMMONS = Pattern.compile("(?i)(?:\\b(?:summoned|summons|invited|requested|required)\\b"
            + "[^.]{0,160}?\\battend|\\bnotice\\s+is\\s+(?:hereby\\s+)?given\\s+that)\\s+(?:an?|the)\\s+(?:[\\w’'-]+\\s+){0,3}?"
            + "meeting\\s+of\\s+(?:the\\s+)?");

    /** The words between a name or place and the date after it: {@code , on Wednesday,}. */
    public static final Pattern BEFORE_DATE = Pattern.compile(
            "(?i)[\\s,–-]*(?:\\bon\\b)?[\\s,]*(?:\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b)?[\\s,]*(?:\\bthe\\b)?[\\s,–-]*$");
    /** The words between a heading's time and its place: {@code in}, {@code at the}, {@code , }, {@code hours in}. */
    public static final Pattern BEFORE_PLACE = Pattern.compile(
            "(?i)^[\\s.]*(?:hours|hrs)?\\s*(?:,\\s*(?:(?:in|at|via)\\s+)?|(?:in|at|via)\\s+)(?:the\\s+)?");
    /** A finite verb: a line holding one is a sentence of the text, not a heading. */
    public static final Pattern SENTENCE_VERB = Pattern.compile("(?i)\\b(?:were|was|are|is|be|been|had|has|have|will)\\b");

    /** Nouns that end a body's name. */
    private static final Set<String> BODY_NOUNS = Set.of("council", "board", "committee", "sub-committee",
            "subcommittee", "commission", "panel", "forum", "cabinet", "group", "society", "trust", "governors",
            "body", "partnership", "authority", "assembly", "association", "executive", "network", "team", "club",
            "federation", "union", "foundation", "conference", "senate", "court", "corporation", "trustees",
            "directors", "collaborative", "alliance", "institute", "college");
    /**
     * Nouns that name a meeting body rather than an authority or an organisation: a report headed
     * with one of them and a date is for that body's meeting ({@code Amenities Committee}).
     */
    private static final Set<String> MEETING_BODY_NOUNS = Set.of("committee", "sub-committee", "subcommittee",
            "board", "commission", "panel", "cabinet", "forum", "meeting");
    private static final Pattern MEETING_BODY_WORD = Pattern.compile(
            "(?i)\\b(?:committee|sub-committee|subcommittee|board|commission|panel|cabinet|forum|meeting)\\b");
    /** Words that name a body only in general: a line of nothing else names no body. */
    private static final Set<String> GENERIC = Set.of("committee", "board", "meeting", "council", "the", "of", "and",
            "annual", "general", "special", "extraordinary", "ordinary", "regular", "agm", "egm");

    /** Words of a governing body in general: a meeting's title of nothing else leaves its organisation out. */
    private static final Set<String> GOVERNANCE = Set.of("board", "trustee", "trustees", "trustees'", "committee",
            "meeting", "council", "governing", "body", "full", "directors", "executive", "members", "management",
            "of", "the", "and", "general", "annual", "special", "agm");

    /** Labels of a labelled heading, lower case, without the colon. */
    public static final Pattern DATE_LABEL = Pattern.compile(
            "(?i)(?:date(?:\\s+of\\s+(?:the\\s+)?meeting)?|meeting\\s+date|date\\s+(?:and|&)\\s+time|when)");
    public static final Pattern TIME_LABEL = Pattern.compile("(?i)(?:time|start\\s+time|starts?|commencing)");
    public static final Pattern PLACE_LABEL = Pattern.compile("(?i)(?:venue|location|place|where|meeting\\s+place)");
    /** Labels whose value is the body's name as it is. */
    public static final Pattern BODY_LABEL = Pattern.compile("(?i)(?:committee|body|board|meeting\\s+of|report\\s+to)");
    /** Labels whose value is the meeting's title, which may leave the organisation's name out. */
    public static final Pattern TITLE_LABEL = Pattern.compile(
            "(?i)(?:meeting|title\\s+of\\s+(?:the\\s+)?meeting|meeting\\s+title|meeting\\s+name|name\\s+of\\s+(?:the\\s+)?meeting)");
    /** Labels dating the paper, not the meeting: {@code Date of publication}, {@code Issued}, {@code Updated}. */
    public static final Pattern PAPER_DATE_LABEL = Pattern.compile("(?i)\\b(?:publi\\w*|issued?|dispatch\\w*|despatch\\w*"
            + "|printed|prepared|circulated|produced|revised|version|report|reviewed|updated|deadline|due|received)\\b");
    /**
     * Labels dating another meeting, which the paper only mentions ({@code Next meeting:},
     * {@code Date of next meeting:}, {@code Previous meeting:}): never the paper's meeting.
     */
    public static final Pattern OTHER_MEETING_LABEL = Pattern.compile(
            "(?i)\\b(?:next|previous|last|future|following|forthcoming|subsequent|prior)\\s+meetings?\\b");
    /** Any label of a meeting's heading. */
    private static final Pattern ANY_LABEL = Pattern.compile("(?:" + DATE_LABEL.pattern() + "|" + TIME_LABEL.pattern()
            + "|" + PLACE_LABEL.pattern() + "|" + BODY_LABEL.pattern() + "|" + TITLE_LABEL.pattern() + ")");

    private HeadingWords() {
    }

    /** Whether a text (no colon) is one of a heading's labels. */
    public static boolean isLabel(String text) {
        return ANY_LABEL.matcher(text.strip()).matches();
    }

    /** Whether a name's last word is a body noun ({@code ... Parish Council}, {@code ... Board (PRAC)}). */
    public static boolean endsWithBodyNoun(String name) {
        List<String> ws = words(name);
        return !ws.isEmpty() && BODY_NOUNS.contains(ws.getLast());
    }

    /** Whether a name holds a noun that names a meeting body ({@code Committee}, {@code Board}, {@code Meeting}). */
    public static boolean namesMeetingBody(String name) {
        return words(name).stream().anyMatch(MEETING_BODY_NOUNS::contains);
    }

    /** Whether a name holds any body noun. */
    public static boolean namesBody(String name) {
        return words(name).stream().anyMatch(BODY_NOUNS::contains);
    }

    /** {@code Committee Meeting}, {@code Annual General Meeting}: words that name no body in particular. */
    public static boolean isGeneric(String name) {
        return words(name).stream().allMatch(GENERIC::contains);
    }

    /**
     * A report's title line up to the meeting body it is for: {@code Amenities Committee Community
     * Grant Applications} → {@code Amenities Committee}; unchanged without such a noun.
     */
    public static String throughMeetingBody(String title) {
        java.util.regex.Matcher m = MEETING_BODY_WORD.matcher(title);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end < 0 ? title : title.substring(0, end);
    }

    /** {@code Trustee Board}, {@code Board of Directors}: a title that names no organisation. */
    public static boolean namesNoOrganisation(String name) {
        List<String> ws = words(name);
        return !ws.isEmpty() && ws.stream().allMatch(GOVERNANCE::contains);
    }

    private static List<String> words(String name) {
        String plain = name.replaceAll("\\([^)]*\\)", " ").toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^\\p{L}'’-]+")).filter(w -> !w.isEmpty() && !w.equals("-")).toList();
    }
}
