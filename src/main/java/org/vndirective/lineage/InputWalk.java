package org.vndirective.lineage;

import org.vndirective.lineage.report.Problem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.vndirective.lineage.read.DocumentReader;

/**
 * The inputs of an ingest: the paths given, folders walked (links followed, hidden files included). Every path given,
 * and every text or document name found ({@code .txt}, PDF, Word, HTML, Markdown), is either listed or skipped with
 * its reason; other files in a folder are left alone and counted in one warning. Names are shown as they are, relative to the folder given, joined with '/'.
 */
final class InputWalk {
    private InputWalk() {}

    /** Told of an input that cannot be used: its name as shown, where it is, and why. */
    interface Skipped { void skip(String name, String path, String reason); }

    static Inputs collect(List<Path> roots, Skipped skipped, Consumer<Problem> tell) {
        Inputs out = new Inputs();
        for (Path p : roots) {
            if (Files.isDirectory(p)) {
                walk(p, out, skipped, tell);
            } else if (Files.isRegularFile(p)) {
                out.add(p, "");
            } else {
                skipped.skip(p.toString(), p.toString(), notUsable(p));
            }
        }
        return out;
    }

    private static void walk(Path root, Inputs out, Skipped skipped, Consumer<Problem> tell) {
        List<String> names = new ArrayList<>();
        Map<String, String> bad = new TreeMap<>();
        int[] other = {0};
        String[] example = {null};
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                    String rel = name(root, f);
                    if (a.isRegularFile() && isText(f)) {
                        names.add(rel);
                    } else if (isText(f)) {
                        bad.put(rel, notUsable(f));
                    } else if (other[0]++ == 0 || rel.compareTo(example[0]) < 0) {
                        example[0] = rel;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override public FileVisitResult visitFileFailed(Path f, IOException e) {
                    bad.put(name(root, f), e instanceof FileSystemLoopException
                            ? "link to a folder that holds it (a loop); not followed" : "cannot read: " + reason(e));
                    return FileVisitResult.CONTINUE;
                }

                @Override public FileVisitResult postVisitDirectory(Path d, IOException e) {
                    if (e != null) bad.put(name(root, d), "cannot read folder: " + reason(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            bad.put("", "cannot read folder: " + reason(e));
        }
        names.sort(null);
        for (String name : names) out.add(root, name);
        bad.forEach((name, why) -> {
            String path = name.isEmpty() ? root.toString() : root.resolve(name).toString();
            skipped.skip(name.isEmpty() ? root.toString() : name, path, why);
        });
        if (other[0] > 0) {
            tell.accept(Problem.warning(root.toString(), "ignored %d files that are not .txt or a document format (e.g. %s)".formatted(other[0], example[0])));
        }
    }

    /** A name under a folder, as it is: its parts joined with '/', whatever they hold (a '\' stays a '\'). */
    static String name(Path root, Path f) {
        StringBuilder b = new StringBuilder();
        for (Path part : root.relativize(f)) b.append(b.length() == 0 ? "" : "/").append(part);
        return b.toString();
    }

    /** Why a path that is not a readable regular file cannot be used. */
    static String notUsable(Path p) {
        if (Files.isSymbolicLink(p)) return brokenLink(p);
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return "no such file or folder";
        return "not a regular file" + kind(p);
    }

    /** Follows a link hop by hop: to nothing (dangling), back to itself (looping), or to something unusable. */
    private static String brokenLink(Path link) {
        Set<Path> seen = new HashSet<>();
        Path at = link.toAbsolutePath();
        try {
            while (Files.isSymbolicLink(at)) {
                if (!seen.add(at)) return "looping link (it leads back to itself)";
                Path target = Files.readSymbolicLink(at);
                at = at.getParent().resolve(target).normalize();
            }
        } catch (IOException e) {
            return "broken link: " + reason(e);
        }
        if (!Files.exists(at, LinkOption.NOFOLLOW_LINKS)) return "dangling link (its target " + at + " does not exist)";
        return "link to something that is not a regular file" + kind(at);
    }

    /** " (a FIFO)", " (a socket)", " (a device)", or "" where the system does not say. */
    private static String kind(Path p) {
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return switch (mode & 0170000) {
                case 0010000 -> " (a FIFO)";
                case 0140000 -> " (a socket)";
                case 0020000, 0060000 -> " (a device)";
                default -> "";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "";
        }
    }

    /** An I/O failure in a few words, without the path the message already names. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A text, or a document the {@link DocumentReader} reads (PDF, Word, HTML, Markdown). */
    static boolean isText(Path f) {
        String name = f.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".txt") || DocumentReader.handles(name);
    }
}
