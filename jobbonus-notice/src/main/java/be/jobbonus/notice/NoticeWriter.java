package be.jobbonus.notice;

import be.jobbonus.io.NotifyReport;
import be.jobbonus.io.OutputInUseException;
import be.jobbonus.io.Reject;
import be.jobbonus.io.internal.Notify;
import be.jobbonus.io.internal.OutputFile;
import be.jobbonus.io.internal.ResultCheck;
import be.jobbonus.rules.message.InvalidMessageException;
import be.jobbonus.rules.message.VlabelMessage;
import be.jobbonus.rules.message.VlabelMessageReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The state of one {@link NoticeRun}: the notices written so far, the index, the rejects. Not thread-safe. */
final class NoticeWriter {

  private final Path dir;
  private final NoticeFormat format;
  private final Notices notices;
  private final String sourceName;
  private final StringBuilder index = new StringBuilder("file,insz,lastName,firstName,referenceYear\n");
  private final List<Reject> rejects = new ArrayList<>();
  private long written;

  private NoticeWriter(Path dir, NoticeFormat format, Notices notices, String sourceName) {
    this.dir = dir;
    this.format = format;
    this.notices = notices;
    this.sourceName = sourceName;
  }

  /**
   * A notice for every message of {@code messages} (vlabel.jsonl, as {@code notify} writes it and
   * {@link VlabelMessageReader} reads it). A line that is not a valid message is a reject.
   *
   * @throws OutputInUseException when another run writes the same file
   * @throws UncheckedIOException naming the file when it cannot be read or written
   */
  static NoticeRun.Report fromMessages(Path messages, Path outDir, NoticeFormat format, Notices notices) {
    NoticeWriter run = start(messages, outDir, format, notices);
    try (BufferedReader in = Files.newBufferedReader(messages, StandardCharsets.UTF_8)) {
      long n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        VlabelMessage m;
        try {
          m = VlabelMessageReader.read(line);
        } catch (InvalidMessageException e) {
          run.rejects.add(new Reject(run.sourceName, n, e.field(), "", e.reason()));
          continue;
        }
        run.notice(m, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + messages + ": " + e.getMessage(), e);
    }
    return run.finish();
  }

  /**
   * A notice for every payable person of {@code results} (results.jsonl, as {@code calculate}
   * writes it), each line checked and made into its message exactly as {@code notify} does (against
   * the official parameter sets); a line notify would refuse is a reject, a person with nothing to
   * pay gets no notice.
   *
   * @throws OutputInUseException when another run writes the same file
   * @throws UncheckedIOException naming the file when it cannot be read or written
   */
  static NoticeRun.Report fromResults(Path results, Path outDir, NoticeFormat format, Notices notices) {
    NoticeWriter run = start(results, outDir, format, notices);
    NotifyReport report;
    try (Reader in = Files.newBufferedReader(results, StandardCharsets.UTF_8)) {
      report = Notify.notify(in, run.sourceName, run.messageWriter(), ResultCheck.official());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + results + ": " + e.getMessage(), e);
    }
    run.rejects.addAll(0, report.rejects());
    return run.finish();
  }

  private static NoticeWriter start(Path input, Path outDir, NoticeFormat format, Notices notices) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(notices, "notices");
    try {
      if (!Files.isDirectory(outDir)) {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
          Files.createDirectories(outDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
          Files.createDirectories(outDir);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the directory " + outDir + ": " + e.getMessage(), e);
    }
    return new NoticeWriter(outDir, format, notices, input.getFileName().toString());
  }

  /** The file name of the {@code n}th notice. */
  static String fileName(long n, NoticeFormat format) {
    return String.format("notice-%06d.%s", n, format.extension());
  }

  private void notice(VlabelMessage m, long line) {
    byte[] bytes;
    try {
      bytes = notices.render(m, format);
    } catch (IllegalArgumentException e) {
      rejects.add(new Reject(sourceName, line, "total", m.insz().masked(), e.getMessage()));
      return;
    }
    String name = fileName(written + 1, format);
    OutputFile.write(dir.resolve(name), true, bytes);
    written++;
    index.append(name).append(',').append(m.insz().digits()).append(',').append(csv(m.lastName())).append(',')
        .append(csv(m.firstName())).append(',').append(m.referenceYear()).append('\n');
  }

  private NoticeRun.Report finish() {
    Path indexFile = dir.resolve(NoticeRun.INDEX);
    OutputFile.write(indexFile, true, index.toString().getBytes(StandardCharsets.UTF_8));
    return new NoticeRun.Report(written, rejects, indexFile);
  }

  /** The messages notify writes, one line each, made into notices as they come. */
  private Writer messageWriter() {
    return new Writer() {
      private final StringBuilder line = new StringBuilder(1024);
      private long n;

      @Override
      public void write(char[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
          char c = buf[i];
          if (c == '\n') {
            n++;
            notice(VlabelMessageReader.read(line.toString()), n);
            line.setLength(0);
          } else {
            line.append(c);
          }
        }
      }

      @Override
      public void write(String s) {
        write(s.toCharArray(), 0, s.length());
      }

      @Override
      public void flush() {
        // every complete line is handled as it is written
      }

      @Override
      public void close() {
        // nothing held
      }
    };
  }

  private static String csv(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
