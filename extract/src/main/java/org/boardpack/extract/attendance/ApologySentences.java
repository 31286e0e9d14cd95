package org.boardpack.extract.attendance;

import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;
import org.boardpack.extract.text.SentenceSplitter;

/**
 * Attendance given in the minutes' sentences rather than in a list:
 * <ul>
 * <li>apologies from the people named after "from": {@code Apologies were received from X, Y and Z.},
 * {@code There were apologies from Cllrs A and B}, {@code Members accepted apologies for absence
 * from ...}, {@code Apologies were received from Cllrs Edwards and Morris and from District
 * Councillor Haysey};</li>
 * <li>apologies from the people named before the verb: {@code Councillor Jon Hunt submitted an
 * apology.}, {@code X had given his apologies}, {@code George apologies};</li>
 * <li>those present: {@code Daniel, Braden and Sri were in attendance}, {@code Councillor Tom Upton
 * attended as substitute for Councillor Quinn};</li>
 * <li>notes of who came, comma-separated ({@link StatusNote}): {@code Cate not here, Innes not here}.</li>
 * </ul>
 * A bracket after a name is its role or initials, or a reason for absence. Sentences that name
 * nobody ({@code Apologies were received as noted above}), apologies for lateness and corrections
 * to other minutes ({@code include in the list of apologies, Mark Lam}: no "from") give nothing.
 */
public final class ApologySentences {

    private static final String VERBS = Lexicon.alternation("apology-verbs");

    private static final Pattern APOLOGIES_FROM = Pattern.compile(
            "(?i)\\bapologies(?:\\s+for\\s+absence)?(?:\\s+(?:were|was|had\\s+been|have\\s+been|are))?"
                    // "Apologies were received and accepted from ...": two verbs joined by "and"
                    + "(?:\\s+" + VERBS + "(?:\\s+and\\s+" + VERBS + ")?)?"
                    + "\\s+(?:from|on\\s+behalf\\s+of):?\\s+(?<names>.+)$", Pattern.DOTALL);
    private static final Pattern NAMES_THEN_APOLOGY = Pattern.compile(
            "^(?<names>.+?)\\s+(?:had\\s+|has\\s+|have\\s+)?(?:" + VERBS
                    + "\\s+(?:an?\\s+|his\\s+|her\\s+|their\\s+)?apolog(?:y|ies)|apologies)\\b[^.]*\\.?$", Pattern.DOTALL);
    private static final Pattern NAMES_PRESENT = Pattern.compile(
            "^(?<names>.+?)\\s+(?:were|was)\\s+(?:in\\s+attendance|present)\\.?$", Pattern.DOTALL);
    /**
     * Those who sat in someone's place: {@code Councillor Tom Upton attended as substitute for
     * Councillor Quinn}, {@code Cllr M Evans substituting for Cllr T Grant} (the capacities of the
     * {@code attendance-capacities} vocabulary).
     */
    private static final Pattern NAMES_SITTING_FOR = Pattern.compile(
            "^(?<names>\\p{Lu}[^,;]+?)\\s+(?:(?:attended|was\\s+present|were\\s+present|was|were)\\s+(?:as\\s+(?:an?\\s+|the\\s+)?)?)?"
                    + "(?:" + Lexicon.alternation("attendance-capacities") + ")\\b[^.]*\\.?$", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    /** Where the names end and the sentence goes on about something else. */
    private static final Pattern CLAUSE = Pattern.compile(
            ",?\\s+(?:who|whose|with|for\\s+(?:this|the)|as|substituted|substituting|represented|deputising"
                    + "|after|due\\s+to|because|owing)\\b");
    private static final Pattern LATENESS = Pattern.compile("(?i)\\b(?:lateness|late\\s+arrival|next\\s+meeting)\\b");

    /** Stands in for an initial's full stop ({@code B. Mooney}) while the paragraph is cut into sentences. */
    private static final String INITIAL_DOT = "\u2024";

    private final SentenceSplitter sentences;

    public ApologySentences(SentenceSplitter sentences) {
        this.sentences = sentences;
    }

    /** The people a paragraph's sentences give apologies (or presence) for, in the order named. */
    public List<Attendance> fromParagraph(String paragraph, String meetingId, int page) {
        List<Attendance> out = new ArrayList<>();
        for (String sentence : sentences.split(honorificDots(paragraph).replaceAll("\\b(\\p{Lu})\\.(?=\\s+\\p{Lu})", "$1" + INITIAL_DOT))) {
            out.addAll(fromSentence(sentence.replace(INITIAL_DOT, "."), meetingId, page));
        }
        return out;
    }

    /** The people one sentence names, with the status it gives them. */
    List<Attendance> fromSentence(String sentence, String meetingId, int page) {
        String s = sentence.strip().replaceAll("\\s+", " ");
        if (LATENESS.matcher(s).find()) {
            return List.of();
        }
        Matcher from = APOLOGIES_FROM.matcher(s);
        if (from.find()) {
            return people(names(from.group("names")), AttendanceStatus.APOLOGIES, meetingId, page);
        }
        Matcher before = NAMES_THEN_APOLOGY.matcher(s);
        if (before.matches() && !before.group("names").toLowerCase().contains("apolog")) {
            return people(before.group("names"), AttendanceStatus.APOLOGIES, meetingId, page);
        }
        Matcher present = NAMES_PRESENT.matcher(s);
        if (present.matches()) {
            return people(present.group("names"), AttendanceStatus.PRESENT, meetingId, page);
        }
        Matcher sitting = NAMES_SITTING_FOR.matcher(s);
        if (sitting.matches()) {
            return people(sitting.group("names"), AttendanceStatus.PRESENT, meetingId, page);
        }
        List<Attendance> out = new ArrayList<>();
        for (String part : s.split("\\s*[,;]\\s*")) {
            // notes of who came: "Cate not here, George not coming ever, Innes not here"
            StatusNote.of(part).ifPresent(n -> out.addAll(people(n.name(), n.status(), meetingId, page)));
        }
        return out;
    }

    /** Honorifics' full stops dropped ({@code Cllrs. B Simkins}, {@code Messrs. B. Mooney}): they end no sentence. */
    private static String honorificDots(String text) {
        Matcher m = Pattern.compile("\\b(\\p{Lu}\\p{L}{1,7})\\.(?=\\s+\\p{Lu})").matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, PersonName.isHonorific(m.group(1)) ? "$1" : "$0");
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String names(String text) {
        Matcher clause = CLAUSE.matcher(text);
        return clause.find() ? text.substring(0, clause.start()) : text;
    }

    private static List<Attendance> people(String names, AttendanceStatus status, String meetingId, int page) {
        String text = names.replaceAll("[\\s.;:,]+$", "");
        List<PeopleList.Listed> listed = PeopleList.parse(text);
        if (listed.isEmpty() && text.matches("\\p{Lu}[\\p{Ll}’'-]+")) {
            // "Apologies were received from Stephi": one first name is a name here
            listed = PersonName.parse(text, true).map(p -> List.of(new PeopleList.Listed(p, null, null, null)))
                    .orElse(List.of());
        }
        List<Attendance> out = new ArrayList<>();
        for (PeopleList.Listed p : listed) {
            out.add(new Attendance(meetingId, p.person().name(), p.person().honorific(), p.role(), p.initials(),
                    status, page));
        }
        return out;
    }
}
