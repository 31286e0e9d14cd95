package org.boardpack.devtools;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.app.ingest.PackPipeline;
import org.boardpack.model.PackRecord;
import org.boardpack.ingest.IngestException;

/**
 * A large corpus for the search benchmark made from a few real extractions: pack {@code i} is the
 * record extracted from source {@code i mod k}, under its own path and content hash, with every
 * meeting date moved back by {@code (i / k) mod 12} years, so the copies are distinct files of
 * distinct meetings and date filters see a spread of years.
 */
final class BenchCorpus {

    private static final Pattern DAY = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final int YEARS = 12;

    private final ObjectMapper json;
    /** The extracted sources as {@code boardpack/1} JSON: copies are made from the text. */
    private final List<String> sources;
    private final List<String> names;

    private BenchCorpus(ObjectMapper json, List<String> sources, List<String> names) {
        this.json = json;
        this.sources = sources;
        this.names = names;
    }

    /** Extracts each file once with the real pipeline. */
    static BenchCorpus extract(PackPipeline pipeline, List<Path> files, ObjectMapper json) throws IngestException, IOException {
        List<String> sources = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            sources.add(json.writeValueAsString(pipeline.process(f, f.toString())));
            names.add(f.getFileName().toString());
        }
        return new BenchCorpus(json, sources, names);
    }

    int sources() {
        return sources.size();
    }

    /** Pack {@code i} of the large corpus. */
    PackRecord pack(int i) throws IOException {
        int k = sources.size();
        int years = (i / k) % YEARS;
        Matcher m = DAY.matcher(sources.get(i % k));
        StringBuilder moved = new StringBuilder();
        while (m.find()) {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            m.appendReplacement(moved, day.minusYears(years).toString());
        }
        m.appendTail(moved);
        PackRecord r = json.readValue(moved.toString(), PackRecord.class);
        String path = String.format(Locale.ROOT, "bench/%04d/%s", i, names.get(i % k));
        String sha = String.format(Locale.ROOT, "%064x", i);
        return new PackRecord(r.schema(), new org.boardpack.model.SourceInfo(path, sha, r.source().pages(), r.source().format(),
                r.source().producer()),
                r.documents(), r.meetings(), r.agendaItems(), r.attendance(), r.decisions(), r.actions(), r.tables(), r.pages());
    }
}
