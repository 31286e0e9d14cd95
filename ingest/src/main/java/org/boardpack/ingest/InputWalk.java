package org.boardpack.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The files to read under a folder, found without ever giving up: a sub-folder that cannot be
 * listed, a symbolic link or a name that is not valid in the file system's encoding is one problem
 * (to be reported as {@code cannot be read}, with the reason) and the rest is walked.
 *
 * <p>The symlink rule, for files and folders alike: a link under a folder is not followed. It
 * could lead outside the input (a link in a shared drop folder would otherwise index any paper the
 * service can read) or loop back into it; it is reported, so nothing is skipped silently, and its
 * target is read when named on the command line.
 */
public final class InputWalk {

    /** A path under the folder that was not read, and why, in words an operator can act on. */
    public record Problem(Path path, String reason) {
    }

    /** @param files the readable files found, sorted; @param problems what could not be walked or read */
    public record Result(List<Path> files, List<Problem> problems) {
    }

    private InputWalk() {
    }

    /** Every file under {@code dir} whose name is of a format read ({@link FileIngester#readableName}). */
    public static Result under(Path dir) {
        Visitor visitor = new Visitor(dir);
        try {
            // links are followed by the walk so the folder given may itself be one; the visitor
            // stops at every link below it, which is the rule
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, visitor);
        } catch (IOException e) {
            // the visitor never throws; this is the folder itself failing
            visitor.problems.add(new Problem(dir, reason(e)));
        }
        visitor.files.sort(null);
        return new Result(List.copyOf(visitor.files), List.copyOf(visitor.problems));
    }

    /** Package-private so the failures a test cannot provoke as root (permissions) can be handed in. */
    static final class Visitor implements FileVisitor<Path> {
        private final Path root;
        final List<Path> files = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();

        Visitor(Path root) {
            this.root = root;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root) && Files.isSymbolicLink(dir)) {
                problems.add(new Problem(dir, NOT_FOLLOWED));
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString();
            if (Files.isSymbolicLink(file)) {
                if (!Files.exists(file)) {
                    problems.add(new Problem(file, "a broken symbolic link: what it points to does not exist"));
                } else if (FileIngester.readableName(name)) {
                    problems.add(new Problem(file, NOT_FOLLOWED));
                }
                return FileVisitResult.CONTINUE;
            }
            if (!attrs.isRegularFile() || !FileIngester.readableName(name)) {
                return FileVisitResult.CONTINUE;
            }
            if (name.indexOf('\uFFFD') >= 0) {
                // the JVM could not decode the name's bytes: the path it made names no file
                problems.add(new Problem(file, "its name is not valid in the file system's encoding"
                        + " (UTF-8 here); rename it"));
                return FileVisitResult.CONTINUE;
            }
            files.add(file);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            problems.add(new Problem(file, reason(e)));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                problems.add(new Problem(dir, reason(e)));
            }
            return FileVisitResult.CONTINUE;
        }
    }

    private static final String NOT_FOLLOWED =
            "a symbolic link, not followed under a folder; name its target on the command line to read it";

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied: the folder or file cannot be listed or read by this user";
        }
        if (e instanceof NoSuchFileException) {
            return "it disappeared while the input was walked";
        }
        if (e instanceof FileSystemLoopException) {
            return "a folder that contains itself";
        }
        String m = e.getMessage();
        return "cannot list or read it: " + (m == null ? e.getClass().getSimpleName() : m);
    }
}
