package be.jobbonus.io.internal;

import be.jobbonus.io.InputFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one check of the input files before a run.
 *
 * <ul>
 *   <li>{@link #requireRecords}: an empty {@code dmfa.jsonl}, a CSV file with only its header, or an
 *       empty CSV file stops the run ({@link InputFileException}, exit code 2), as docs/cli.md
 *       says. Reads up to the first record only.
 *   <li>{@link #declarations}: the DmfA XML declarations a list of files and directories names,
 *       each file once whatever the paths that name it (its identity is the file system's: the
 *       file key, device and inode, else the real path), and every {@code *.xml} entry of a
 *       directory readable: a dangling link, a link loop, a FIFO or a file without read permission
 *       stops the run before any output is written, since a file that cannot be opened is not a
 *       declaration that can be refused.
 * </ul>
 */
public final class InputFiles {

  private InputFiles() {}

  /**
   * The declarations to read, in the order given (a directory's {@code *.xml} files in name order,
   * not its subdirectories), each file once, and the paths that named a file already taken.
   *
   * @param files the files to read
   * @param repeated for each path left out, a line saying which file it repeats (for a notice)
   * @param byIdentity each file by its {@link #identity}
   */
  public record Declarations(List<Path> files, List<String> repeated, Map<Object, Path> byIdentity) {
    public Declarations {
      files = List.copyOf(files);
      repeated = List.copyOf(repeated);
      // a hash map, not Map.copyOf: the immutable map's probing is slow on file keys (device + inode)
      byIdentity = Collections.unmodifiableMap(new HashMap<>(byIdentity));
    }

    /**
     * The declaration that is the same file as {@code output}, if it exists (the same file key,
     * links followed), or {@code null}: a file that does not exist is none of them.
     */
    public Path sameFileAs(Path output) {
      Object id;
      try {
        BasicFileAttributes a = Files.readAttributes(output, BasicFileAttributes.class);
        id = a.fileKey() != null ? a.fileKey() : output.toRealPath();
      } catch (IOException e) {
        return null; // absent (or unreadable: not a file read as a declaration)
      }
      return byIdentity.get(id);
    }
  }

  /**
   * The declarations {@code paths} name: each path a file, or a directory whose {@code *.xml}
   * entries are read in name order (its subdirectories are not); in the order given. A file named
   * twice — the same path given twice, a file given and found in a directory given, a directory
   * given twice, or the same file reached through a symbolic link, a hard link or {@code ..} — is
   * read once, where first named; the later names are listed in {@link Declarations#repeated}.
   *
   * @throws InputFileException when nothing is given, a directory holds no {@code *.xml} entry,
   *     or an entry cannot be read (a dangling link, a link loop, not a regular file, no read
   *     permission): "cannot read …", naming it
   * @throws UncheckedIOException when a directory cannot be listed
   */
  public static Declarations declarations(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    List<String> repeated = new ArrayList<>();
    Map<Object, Path> seen = new HashMap<>();
    for (Path p : paths) {
      boolean directory = Files.isDirectory(p);
      List<Path> in = directory ? xmlEntries(p) : List.of(p);
      int files = 0;
      for (Path f : in) {
        Object id = identity(f, directory);
        if (id == null) {
          continue; // a directory named *.xml in a directory given: not read
        }
        files++;
        Path first = seen.putIfAbsent(id, f);
        if (first == null) {
          out.add(f);
        } else {
          repeated.add(f + (f.equals(first) ? " is named twice" : " is the same file as " + first) + ": read once");
        }
      }
      if (files == 0) {
        throw noXml(p);
      }
    }
    if (out.isEmpty()) {
      throw new InputFileException("no DmfA XML declaration given");
    }
    return new Declarations(out, repeated, seen);
  }

  /**
   * The {@code *.xml} entries of {@code dir} in name order (each name made once, not at every
   * comparison); subdirectories among them are left to {@link #identity}.
   */
  private static List<Path> xmlEntries(Path dir) {
    List<Map.Entry<String, Path>> named = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.forEach(f -> {
        String name = f.getFileName().toString();
        if (name.endsWith(".xml")) {
          named.add(Map.entry(name, f));
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + LineSource.describe(e), e);
    }
    if (named.isEmpty()) {
      throw noXml(dir);
    }
    named.sort(Map.Entry.comparingByKey());
    List<Path> in = new ArrayList<>(named.size());
    named.forEach(e -> in.add(e.getValue()));
    return in;
  }

  /**
   * What makes {@code file} one file for the file system: its file key (device and inode) where the
   * system has one, else its real path; links followed. Its attributes are read once.
   *
   * @param inDirectory the file is an entry of a directory given: null when it is a directory (not
   *     read, as subdirectories are not); a directory of its own fails as any other non-file
   * @throws InputFileException when it cannot be read as a regular file
   */
  private static Object identity(Path file, boolean inDirectory) {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw cannotRead(file, Files.isSymbolicLink(file) ? "a symbolic link to a file that does not exist (a dangling"
          + " link)" : "no such file");
    } catch (FileSystemException e) {
      boolean loop = Files.isSymbolicLink(file) && e.getReason() != null && e.getReason().contains("symbolic links");
      throw cannotRead(file, loop ? "a symbolic link loop (too many levels of symbolic links)" : LineSource.describe(e));
    } catch (IOException e) {
      throw cannotRead(file, LineSource.describe(e));
    }
    if (inDirectory && a.isDirectory()) {
      return null;
    }
    if (!a.isRegularFile()) {
      throw cannotRead(file, "not a regular file (a FIFO, a device or a socket)");
    }
    if (!Files.isReadable(file)) {
      throw cannotRead(file, "permission denied");
    }
    if (a.fileKey() != null) {
      return a.fileKey();
    }
    try {
      return file.toRealPath();
    } catch (IOException e) {
      throw cannotRead(file, LineSource.describe(e));
    }
  }

  private static InputFileException noXml(Path dir) {
    return new InputFileException(dir + " holds no *.xml file: give the DmfA declarations (one XML document each)");
  }

  private static InputFileException cannotRead(Path file, String why) {
    return new InputFileException("cannot read " + file + ": " + why + "; a file that cannot be opened is not a"
        + " declaration that can be refused: fix or remove it and rerun");
  }

  /**
   * @param header the CSV header the file must start with, or {@code null} for JSON Lines
   * @throws InputFileException when the file has no record (or, for CSV, a wrong header)
   * @throws java.io.UncheckedIOException when it cannot be read
   */
  public static void requireRecords(java.nio.file.Path file, String fileName, List<String> header) {
    boolean headerSeen = header == null;
    try (LineSource src = LineSource.open(file)) {
      while (src.hasNext()) {
        RawLine l = src.next();
        if (!headerSeen) {
          Csv.header(l, fileName, header, header == PersonsCsv.HEADER ? PersonsCsv.OPTIONAL : List.of());
          headerSeen = true;
          continue;
        }
        if (!l.ok() || !l.text().isBlank()) {
          return;
        }
      }
    }
    if (!headerSeen) {
      throw new InputFileException(fileName + " is empty: the first line must be the header " + String.join(",", header));
    }
    throw new InputFileException(fileName + (header == null ? " is empty" : " has only its header")
        + ": there is nothing to compute; give a file with at least one record");
  }
}
