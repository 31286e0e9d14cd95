package org.boardpack.extract.attendance;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person as listed in minutes: an optional honorific ({@code Dr}, {@code Cllr}, {@code Cllr Mrs},
 * {@code Mayor}) and a name of capitalised words or initials ({@code B J Spurr},
 * {@code Michelle Evans-Riches}, {@code Mary O'Dowd}).
 */
public record PersonName(String honorific, String name) {

    private static final String TITLE = "(?:Dr|Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Mayor|Sir|Dame|Lord|Lady|Rev|Revd|Reverend|Rt Hon|Canon)\\.?";
    private static final Pattern HONORIFIC = Pattern.compile("^((?:" + TITLE + "\\s+)+)");
    private static final Pattern NAME_WORD = Pattern.compile(
            "(?:[A-Z]\\.?|[A-Z][a-z]*(?:['’][A-Z])?[a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)*|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|[A-Z][A-Z]?-[A-Z][a-z]+)");
    private static final Pattern NAME = Pattern.compile(NAME_WORD.pattern() + "(?:\\s+" + NAME_WORD.pattern() + "){0,4}");
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of(
            "None", "Chair", "Chairman", "Members", "Present", "Apologies", "Attendees", "Absent", "Officers",
            "Others", "Item", "Action", "Discussion", "Minutes", "The", "There", "No", "Nil", "All");
    /** Words that make a capitalised phrase an organisation or a title, not a person. */
    private static final java.util.Set<String> ORGANISATION_WORDS = java.util.Set.of(
            "Group", "Board", "Council", "Trust", "Service", "Services", "Commissioning", "Partnership", "Foundation",
            "Committee", "Authority", "Hospital", "Hospitals", "Care", "Health", "Team", "Programme", "Directorate",
            "Department", "Office", "Officer", "Director", "Manager", "Executive", "Therapies", "University", "College",
            "Alliance", "Network", "Networks", "Healthwatch", "England", "Improvement", "System", "Integrated");

    /**
     * Parses a whole string as a person's name, or nothing. A single word is a name only after an
     * honorific ("Cllr Smith"), never alone ("Bedfordshire").
     */
    public static Optional<PersonName> parse(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        String honorific = null;
        Matcher h = HONORIFIC.matcher(s);
        if (h.find()) {
            honorific = h.group(1).strip().replace(".", "");
            s = s.substring(h.end()).strip();
        }
        if (!NAME.matcher(s).matches()) {
            return Optional.empty();
        }
        String[] words = s.split(" ");
        if (NOT_NAMES.contains(words[0]) || (honorific == null && words.length < 2)
                || java.util.Arrays.stream(words).anyMatch(ORGANISATION_WORDS::contains)) {
            return Optional.empty();
        }
        return Optional.of(new PersonName(honorific, s));
    }
}
