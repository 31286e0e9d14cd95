package org.boardpack.extract.actions;

import org.boardpack.model.actions.ActionStatus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.boardpack.extract.lexicon.Lexicon;

/**
 * The cue words actions are read by, loaded once from the lexicon:
 * <ul>
 * <li>the labels of action lines ({@code action-labels}, {@code action-carried-labels}) and the
 * headings of action lists ({@code action-list-headings}), with the words that date a list to an
 * earlier meeting ({@code action-earlier-meeting-words});</li>
 * <li>the headings of minutes tables' columns ({@code action-column-headings},
 * {@code minutes-column-headings}) and of action logs' columns by role ({@code action-log-headings});</li>
 * <li>what an empty action cell says ({@code action-none}), the words of a request to the meeting
 * ({@code action-requests}), the words of a sentence that commits someone to act
 * ({@code action-commitment-words});</li>
 * <li>the roles that own actions ({@code action-owner-roles}), printed statuses by meaning
 * ({@code action-status}) and the words that open a status note ({@code action-note-openers});</li>
 * <li>the columns of a tracker of another's recommendations, which is no action log
 * ({@code action-tracker-columns});</li>
 * <li>the headings of a report table's column of notes and actions together
 * ({@code action-mixed-columns}) and of its reporting person ({@code action-reporter-headings}),
 * and the wording of its entries that are work still to do ({@code action-work-wording}).</li>
 * </ul>
 * Every action reader asks this class; none keeps words of its own.
 */
public final class ActionVocabulary {

    // compiled once: headings and cells are folded for every line of every log
    // (declared before STANDARD, whose construction folds the lexicon's words)
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HEADING_MARKS = Pattern.compile("[.:*]");

    private static final ActionVocabulary STANDARD = new ActionVocabulary();

    private final Pattern label;
    private final Pattern carriedLabel;
    private final Pattern commitment;
    private final Pattern earlierMeeting;
    private final Pattern request;
    private final Set<String> actionHeadings;
    private final Set<String> discussionHeadings;
    private final Set<String> none;
    private final Set<String> roles;
    private final Set<String> noteOpeners;
    private final Set<String> deadlineWords;
    private final Set<String> trackerColumns;
    private final Pattern listHeading;
    private final Map<LogHeader.Role, Pattern> logHeadings;
    private final LeadWords logHeadingLeads;
    private final Map<ActionStatus, Pattern> statuses;
    /** The status vocabulary's phrases, folded: a cell that is one of them states a status and nothing more. */
    private final Set<String> statusPhrases;
    private final Pattern mixedAction;
    private final Pattern mixedNotes;
    private final Set<String> reporterHeadings;
    private final Pattern workWording;
    private final Pattern deadlineCue;
    private final Pattern deadlinePeriod;

    private ActionVocabulary() {
        this.label = Pattern.compile("(?i)" + Lexicon.alternation("action-labels"));
        this.carriedLabel = Pattern.compile("(?i)" + Lexicon.alternation("action-carried-labels"));
        this.commitment = Pattern.compile("(?i)(?<!\\w)" + Lexicon.alternation("action-commitment-words") + "(?!\\w)");
        this.earlierMeeting = Pattern.compile("(?i)(?<!\\w)" + Lexicon.alternation("action-earlier-meeting-words")
                + "(?!\\w)");
        this.request = Pattern.compile("(?i)(?<!\\w)" + Lexicon.alternation("action-requests") + "(?!\\w)");
        this.actionHeadings = folded("action-column-headings");
        this.discussionHeadings = folded("minutes-column-headings");
        this.none = folded("action-none");
        this.roles = folded("action-owner-roles");
        this.noteOpeners = Set.copyOf(Lexicon.words("action-note-openers"));
        this.deadlineWords = folded("action-deadline-words");
        this.trackerColumns = folded("action-tracker-columns");
        this.listHeading = Pattern.compile("(?i)^" + Lexicon.alternation("action-list-headings")
                + "(?:\\s*:)?(?:\\s+(?:from|of|for|arising|agreed|at|following)\\b.*)?$");
        this.logHeadings = byRole();
        this.logHeadingLeads = LeadWords.of(entries("action-log-headings").stream().map(e -> e[1].toLowerCase(Locale.ROOT)).toList());
        this.statuses = byStatus();
        this.statusPhrases = entries("action-status").stream().map(e -> fold(e[1])).collect(Collectors.toUnmodifiableSet());
        this.mixedAction = wholeWords(byKey("action-mixed-columns", "action"));
        this.mixedNotes = wholeWords(byKey("action-mixed-columns", "notes"));
        this.reporterHeadings = folded("action-reporter-headings");
        this.deadlineCue = wholeWords(byKey("action-deadline-cues", "cue"));
        this.deadlinePeriod = Pattern.compile("(?i)^" + alternation(byKey("action-deadline-cues", "period")) + "\\s+");
        this.workWording = Pattern.compile("(?i)(?<!\\w)" + Lexicon.alternation("action-work-wording") + "(?!\\w)");
    }

    public static ActionVocabulary standard() {
        return STANDARD;
    }

    /** The alternation of action labels ({@code Action}, {@code Action point}, …), case-insensitive. */
    Pattern label() {
        return label;
    }

    /** The alternation of carried-over labels ({@code Outstanding action from}, …), case-insensitive. */
    Pattern carriedLabel() {
        return carriedLabel;
    }

    /** Words that make a sentence record what was agreed or is to be done ({@code agreed}, {@code will}). */
    Pattern commitment() {
        return commitment;
    }

    /** Whether a heading names a minutes table's action (or owner) column. */
    boolean isActionHeading(String heading) {
        return actionHeadings.contains(fold(heading));
    }

    /** Whether a heading names a minutes table's discussion column. */
    boolean isDiscussionHeading(String heading) {
        return discussionHeadings.contains(fold(heading));
    }

    /** Whether an action cell says there is no action ({@code None}, {@code N/A}). */
    boolean isNone(String entry) {
        return none.contains(fold(entry).replaceAll("[.;]+$", "").strip());
    }

    /** Whether a cell is a deadline in words ({@code Ongoing}, {@code Next meeting}). */
    boolean isDeadlineWords(String cell) {
        return deadlineWords.contains(fold(cell).replaceAll("[.;]+$", "").strip());
    }

    /** The words that introduce a deadline in an action's text ({@code by}, {@code before}, {@code held on}). */
    Pattern deadlineCue() {
        return deadlineCue;
    }

    /** The words that open a deadline at a period's end ({@code the end of}), at the start of a phrase. */
    Pattern deadlinePeriod() {
        return deadlinePeriod;
    }

    /** Whether a word or phrase is a role or group that owns actions ({@code Clerk}, {@code All}). */
    boolean isRole(String owner) {
        return roles.contains(fold(owner).replaceFirst("^the ", "")) || isQualifiedRole(owner);
    }

    /** A capitalised word of a role's qualifier ({@code Planning}, {@code Democratic}), or "and" / "&" between two. */
    private static final String QUALIFIER = "(?:[A-Z][\\p{L}'’-]*|and|&)";
    private static final Pattern ROLE_OF = Pattern.compile("^(.+?) of ((?:" + QUALIFIER + " ?){1,4})$");
    private static final Pattern QUALIFIED_ROLE = Pattern.compile("^((?:[A-Z][\\p{L}'’-]* ){1,3})(.+)$");

    /**
     * A role named with its field, as job titles print: {@code Head of Planning},
     * {@code Director of Finance and Resources}, {@code Democratic Services Officer},
     * {@code Finance Manager}. The field is capitalised words, so {@code Members of the public}
     * is no role.
     */
    private boolean isQualifiedRole(String owner) {
        String s = owner.strip().replaceAll("\\s+", " ").replaceFirst("^(?i:the) ", "");
        Matcher of = ROLE_OF.matcher(s);
        if (of.matches() && roles.contains(fold(of.group(1))) && !of.group(2).strip().matches("(?:and|&).*|.*(?:and|&)")) {
            return true;
        }
        Matcher q = QUALIFIED_ROLE.matcher(s);
        return q.matches() && Character.isUpperCase(q.group(2).charAt(0)) && roles.contains(fold(q.group(2)));
    }

    /**
     * Whether a capitalised word opens a note run on after a task ({@code Not}, {@code There},
     * a status word such as {@code Done}); as printed, since only the capital marks it.
     */
    boolean opensNote(String word) {
        String w = word.replaceAll("[.,;:]+$", "");
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                && (noteOpeners.contains(w) || status(w) != null);
    }

    /** Whether text asks the meeting to act ({@code The Board is asked to approve …}): a request, no action. */
    boolean isRequest(String text) {
        return request.matcher(text).find();
    }

    /** Whether a list's heading says its actions are an earlier meeting's ({@code Outstanding actions}). */
    boolean namesEarlierMeeting(String heading) {
        return earlierMeeting.matcher(heading).find();
    }

    /** Whether a line heads a list of actions ({@code Action List}, {@code Action List from Meeting 14-3-16}). */
    boolean isListHeading(String line) {
        return listHeading.matcher(line.strip()).matches();
    }

    /** Whether a column heading names someone else's recommendations ({@code Recommendation}): a tracker's, not a log's. */
    boolean isTrackerColumn(String heading) {
        return trackerColumns.contains(fold(heading));
    }

    /**
     * The role a log's column heading names, tried in the lexicon's order, or null. Readers that
     * ask row after row remember the answers for their document ({@link HeadingRoles}).
     */
    LogHeader.Role logRole(String heading) {
        String cell = SPACES.matcher(HEADING_MARKS.matcher(heading.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ").strip();
        if (!logHeadingLeads.mayHold(cell)) {
            return null;
        }
        for (Map.Entry<LogHeader.Role, Pattern> e : logHeadings.entrySet()) {
            if (e.getValue().matcher(cell).find()) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Whether a log's column heading names the given role, whichever role it names first ({@code Status / Update}). */
    boolean namesLogRole(String heading, LogHeader.Role role) {
        Pattern p = logHeadings.get(role);
        String cell = SPACES.matcher(HEADING_MARKS.matcher(heading.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ").strip();
        return p != null && p.matcher(cell).find();
    }

    /**
     * Whether a column heading names notes and actions together ({@code Key Issues & Actions
     * Noted}, {@code Notes/Actions}): a column whose entries only their wording tells apart.
     */
    boolean isMixedActionHeading(String heading) {
        return mixedAction.matcher(heading).find() && mixedNotes.matcher(heading).find();
    }

    /** Whether a heading names the person who reports a report table's row ({@code Reporting}, {@code Presenter}). */
    boolean isReporterHeading(String heading) {
        return reporterHeadings.contains(fold(heading));
    }

    /** Whether an entry's wording is work still to do ({@code needs}, {@code to be held}, {@code intention to}). */
    boolean isWorkWording(String entry) {
        return workWording.matcher(entry).find();
    }

    /** The status printed words mean, or null when they match no status word. */
    /** Whether a cell is a status phrase and nothing more ({@code On track}, {@code Complete.}, {@code Not yet due}). */
    boolean isStatusPhrase(String cell) {
        return cell != null && statusPhrases.contains(fold(cell.strip().replaceAll("[.!]+$", "")));
    }

    ActionStatus status(String printed) {
        String s = SPACES.matcher(printed.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        for (Map.Entry<ActionStatus, Pattern> e : statuses.entrySet()) {
            if (e.getValue().matcher(s).find()) {
                return e.getKey();
            }
        }
        return null;
    }

    private static Set<String> folded(String vocabulary) {
        return Lexicon.words(vocabulary).stream().map(ActionVocabulary::fold).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * A heading or cell as the vocabularies hold it: lower case, a slash without the spaces around
     * it, other runs of white space one space, one closing colon dropped. One pass over the
     * characters rather than three patterns: every word run of every line is folded.
     */
    static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        int i = 0;
        while (i < lower.length()) {
            char c = lower.charAt(i);
            if (isPatternSpace(c) || c == '/') {
                int j = i;
                while (j < lower.length() && isPatternSpace(lower.charAt(j))) {
                    j++;
                }
                if (j < lower.length() && lower.charAt(j) == '/') {
                    out.append('/');
                    j++;
                    while (j < lower.length() && isPatternSpace(lower.charAt(j))) {
                        j++;
                    }
                } else {
                    out.append(' ');
                }
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        if (!out.isEmpty() && out.charAt(out.length() - 1) == ':') {
            out.setLength(out.length() - 1);
        }
        return out.toString().strip();
    }

    /** The white space of a pattern's {@code \s}: ASCII only, as the vocabularies' own patterns see it. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Each role's headings: words inside a heading, except ref and raised, which are whole headings. */
    private static Map<LogHeader.Role, Pattern> byRole() {
        Map<LogHeader.Role, List<String>> words = new EnumMap<>(LogHeader.Role.class);
        for (String[] entry : entries("action-log-headings")) {
            words.computeIfAbsent(LogHeader.Role.valueOf(entry[0].toUpperCase(Locale.ROOT)), r -> new ArrayList<>())
                    .add(entry[1]);
        }
        Map<LogHeader.Role, Pattern> out = new java.util.LinkedHashMap<>();
        for (LogHeader.Role role : List.of(LogHeader.Role.OWNER, LogHeader.Role.DUE, LogHeader.Role.RAG, LogHeader.Role.STATUS,
                LogHeader.Role.COMMENTS, LogHeader.Role.REF, LogHeader.Role.RAISED, LogHeader.Role.ITEM,
                LogHeader.Role.DESCRIPTION)) {
            String alternation = alternation(words.getOrDefault(role, List.of()));
            boolean whole = role == LogHeader.Role.REF || role == LogHeader.Role.RAISED;
            out.put(role, Pattern.compile(whole ? "^" + alternation + "$" : "(?<![\\w#])" + alternation + "(?!\\w)"));
        }
        return out;
    }

    private static Map<ActionStatus, Pattern> byStatus() {
        Map<ActionStatus, List<String>> words = new java.util.LinkedHashMap<>();
        for (String[] entry : entries("action-status")) {
            words.computeIfAbsent(ActionStatus.valueOf(entry[0].toUpperCase(Locale.ROOT)), s -> new ArrayList<>())
                    .add(entry[1]);
        }
        Map<ActionStatus, Pattern> out = new java.util.LinkedHashMap<>();
        words.forEach((status, list) -> out.put(status, Pattern.compile("(?<!\\w)" + alternation(list) + "(?!\\w)")));
        return out;
    }

    /** A vocabulary's {@code key: words} entries. */
    private static List<String[]> entries(String vocabulary) {
        List<String[]> out = new ArrayList<>();
        for (String line : Lexicon.words(vocabulary)) {
            int colon = line.indexOf(':');
            out.add(new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()});
        }
        return out;
    }

    private static List<String> byKey(String vocabulary, String key) {
        return entries(vocabulary).stream().filter(e -> e[0].equals(key)).map(e -> e[1]).toList();
    }

    private static Pattern wholeWords(List<String> words) {
        return Pattern.compile("(?i)(?<!\\w)" + alternation(words) + "(?!\\w)");
    }

    private static String alternation(List<String> words) {
        return words.stream().sorted((a, b) -> b.length() - a.length())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
