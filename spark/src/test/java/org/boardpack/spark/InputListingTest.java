package org.boardpack.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input of a backfill: folders searched recursively for the names ingest reads, globs, and
 * {@code @FILE} lists; each file once, under the absolute path ingest would key it by; an
 * argument that matches nothing reported.
 */
class InputListingTest {

    @TempDir
    Path tmp;

    @Test
    void foldersGlobsAndListsEachFileOnce() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a/sub"));
        Files.writeString(a.resolve("one.pdf"), "x");
        Files.writeString(a.resolve("notes.txt"), "not a paper");
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(b.resolve("two.docx"), "xx");
        Files.writeString(b.resolve("three.PDF"), "xxx");
        Path list = Files.writeString(tmp.resolve("list.txt"), "# the b folder's PDFs\n" + b + "/*.PDF\n\n");

        InputListing.Listed listed = new InputListing(new Configuration()).list(List.of(
                tmp.resolve("a").toString(), b + "/*.docx", "@" + list, tmp.resolve("a/sub/one.pdf").toString(),
                tmp.resolve("missing").toString()));

        assertEquals(List.of(a.resolve("one.pdf").toString(), b.resolve("three.PDF").toString(), b.resolve("two.docx").toString()),
                listed.files().stream().map(SourceFile::path).toList());
        assertEquals(3L, listed.files().get(1).size());
        assertEquals(List.of(tmp.resolve("missing") + ": not found"), listed.problems());
    }
}
