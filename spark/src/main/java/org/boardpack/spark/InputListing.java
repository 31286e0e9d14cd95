package org.boardpack.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.boardpack.ingest.FileIngester;

/**
 * The input files of a backfill, listed on the driver: each argument is a path or glob on any
 * Hadoop file system (directories searched recursively, keeping the names {@code ingest} reads), or
 * with {@code @} before it a text file that lists such paths one a line ({@code #} comments). An
 * argument that matches nothing is a problem reported, not a reason to stop.
 */
public final class InputListing {

    /** @param problems one line per argument that matched nothing or could not be listed */
    public record Listed(List<SourceFile> files, List<String> problems) {
    }

    private final Configuration conf;

    public InputListing(Configuration conf) {
        this.conf = conf;
    }

    public Listed list(List<String> arguments) throws IOException {
        Map<String, SourceFile> files = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String argument : expandLists(arguments)) {
            Path pattern = new Path(argument);
            FileSystem fs = pattern.getFileSystem(conf);
            FileStatus[] matches;
            try {
                matches = fs.globStatus(pattern);
            } catch (IOException e) {
                problems.add(argument + ": cannot be listed (" + e.getMessage() + ")");
                continue;
            }
            int before = files.size();
            for (FileStatus match : matches == null ? new FileStatus[0] : matches) {
                if (match.isDirectory()) {
                    RemoteIterator<LocatedFileStatus> under = fs.listFiles(match.getPath(), true);
                    while (under.hasNext()) {
                        add(files, under.next());
                    }
                } else {
                    add(files, match);
                }
            }
            if (files.size() == before && (matches == null || matches.length == 0)) {
                problems.add(argument + ": not found");
            }
        }
        return new Listed(List.copyOf(files.values()), List.copyOf(problems));
    }

    private static void add(Map<String, SourceFile> files, FileStatus status) {
        if (status.isFile() && FileIngester.readableName(status.getPath().getName())) {
            String path = SourcePaths.shown(status.getPath());
            files.putIfAbsent(path, new SourceFile(path, status.getLen(), status.getModificationTime()));
        }
    }

    /** The arguments with each {@code @LIST} replaced by the paths it lists. */
    private List<String> expandLists(List<String> arguments) throws IOException {
        List<String> out = new ArrayList<>();
        for (String argument : arguments) {
            if (!argument.startsWith("@")) {
                out.add(argument);
                continue;
            }
            Path list = new Path(argument.substring(1));
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    list.getFileSystem(conf).open(list), StandardCharsets.UTF_8))) {
                in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(out::add);
            }
        }
        return out;
    }
}
