package org.boardpack.extract.dates;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years a source file's name carries: {@code minutes-2024-09-24.pdf}, {@code minutes-20080109.pdf},
 * {@code 2019 AGM minutes.pdf}. Bodies and the people who download their papers name files by
 * meeting date, so a heading that prints its date without the year ({@code Tuesday 24th September})
 * may take the year from the name: only where the printed weekday falls on that day in that year
 * ({@link DateParser#findInYears}), so a name's year never overrides what the paper prints.
 */
public final class FileNameYears {

    /** A year standing apart from other digits, alone or opening an eight-digit date. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?:\\d{4})?(?!\\d)");
    /** A day-month-year date whose year closes it: {@code 24-09-2024}, {@code 24.09.2024}. */
    private static final Pattern DAY_FIRST = Pattern.compile("(?<!\\d)\\d{1,2}[-_.]\\d{1,2}[-_.]((?:19|20)\\d{2})(?!\\d)");

    private FileNameYears() {
    }

    /** The years in the file name of {@code path} (not its folders), in the order printed; empty if none. */
    public static Set<Integer> of(Path path) {
        Set<Integer> years = new LinkedHashSet<>();
        if (path == null || path.getFileName() == null) {
            return years;
        }
        String name = path.getFileName().toString();
        Matcher m = YEAR.matcher(name);
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1)));
        }
        m = DAY_FIRST.matcher(name);
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1)));
        }
        return years;
    }
}
