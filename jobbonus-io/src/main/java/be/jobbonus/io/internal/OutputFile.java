package be.jobbonus.io.internal;

import be.jobbonus.io.OutputInUseException;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * An output file that is whole or absent: every writer of the tool writes through one.
 *
 * <ul>
 *   <li>{@link #open} first resolves the target through the file system ({@link #resolve}) and checks
 *       it ({@link #checkTarget}): a regular file or absent, in a directory that exists; a device,
 *       FIFO, socket, directory or link loop is refused before anything is created.
 *   <li>{@link #open} takes a lock on {@code .NAME.lock} beside the target ({@link FileChannel#tryLock}):
 *       a second run on the same output is refused ({@link OutputInUseException}), never interleaved.
 *   <li>The bytes go to a temporary file {@code .NAME.<random>.tmp} in the target's directory, created
 *       owner-only (0600) for personal data, else 0644 less the umask, where the file system is POSIX.
 *   <li>{@link #commit} flushes, {@code force}s and renames the temporary file over the target
 *       ({@code ATOMIC_MOVE}); {@link #close} without a commit removes it, and the previous output
 *       stays as it was. On SIGTERM/SIGINT a JVM shutdown hook removes the temporary files of every
 *       open output. Temporary files left by a killed run (SIGKILL) are removed by the next run that
 *       takes the lock.
 * </ul>
 *
 * <p>A target that is a symbolic link is written through the link (the file it points to is
 * replaced). Files that are not written through one — the declarations of a population, written
 * into a directory that is renamed into place whole — are created with {@link #createDirectory}
 * and {@link #createFile}, with the same modes. Not thread-safe, except that the shutdown hook may abort it at any time.
 */
public final class OutputFile implements Closeable {

  private static final Set<OutputFile> OPEN = ConcurrentHashMap.newKeySet();
  /** Temporary files from just before they are created until they are renamed or removed. */
  private static final Set<Path> TEMPORARIES = ConcurrentHashMap.newKeySet();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static volatile boolean hookInstalled;

  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> SHARED = PosixFilePermissions.fromString("rw-r--r--");
  private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> SHARED_DIRECTORY = PosixFilePermissions.fromString("rwxr-xr-x");

  private final Path target;
  private final String shownName;
  private final Path tmp;
  private final Path lockFile;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final FileChannel channel;
  /** Bytes written between two forces of the file while it is written ({@link WriteBehind}). */
  private static final int WRITE_BEHIND = 32 << 20;

  private final WriteBehind writeBehind;
  private final OutputStream stream;
  private boolean committed;
  private boolean aborted;

  private OutputFile(Path target, String shownName, Path tmp, Path lockFile, FileChannel lockChannel, FileLock lock,
      FileChannel channel, UnaryOperator<OutputStream> filter) {
    this.target = target;
    this.shownName = shownName;
    this.tmp = tmp;
    this.lockFile = lockFile;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.channel = channel;
    this.writeBehind = new WriteBehind(Channels.newOutputStream(channel), channel);
    this.stream = new BufferedOutputStream(filter.apply(writeBehind), 1 << 16);
  }

  /**
   * The file's bytes on their way to the channel, counted: after every {@value #WRITE_BEHIND} bytes
   * a thread of its own forces what is written so far to disk, unless the last such force still
   * runs, so that {@link #commit}'s force has only the end left to wait for (a large output's
   * force, at the end, took as long as computing a fifth of it). A failed force fails the commit.
   */
  private static final class WriteBehind extends java.io.FilterOutputStream {
    private final FileChannel channel;
    private long sinceForce;
    private Thread forcing;
    private volatile IOException failed;

    WriteBehind(OutputStream out, FileChannel channel) {
      super(out);
      this.channel = channel;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      written(1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      written(len);
    }

    private void written(int bytes) {
      sinceForce += bytes;
      if (sinceForce >= WRITE_BEHIND && (forcing == null || !forcing.isAlive())) {
        sinceForce = 0;
        forcing = new Thread(() -> {
          try {
            channel.force(false);
          } catch (IOException e) {
            failed = e;
          }
        }, "jobbonus-write-behind");
        forcing.setDaemon(true);
        forcing.start();
      }
    }

    /** Waits for a force under way; throws what a force met. */
    void settle() throws IOException {
      if (forcing != null) {
        boolean interrupted = false;
        while (forcing.isAlive()) {
          try {
            forcing.join();
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
      if (failed != null) {
        throw failed;
      }
    }
  }

  /**
   * Locks {@code target} and opens a temporary file beside it.
   *
   * @param personal whether the file holds personal data (then it is owner-only)
   * @throws OutputInUseException when another run holds the lock
   * @throws UncheckedIOException when the directory cannot be written
   */
  public static OutputFile open(Path target, boolean personal) {
    return open(target, personal, UnaryOperator.identity());
  }

  /**
   * {@link #open} with a filter between the buffer and the file: a tap that computes a MAC of the
   * exact bytes, or, in tests, a stream that fails like a full disk.
   */
  public static OutputFile open(Path target, boolean personal, UnaryOperator<OutputStream> filter) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(filter, "filter");
    Path real = checkTarget(target);
    Path dir = real.getParent();
    String name = real.getFileName().toString();
    installHook();
    Path lockFile = dir.resolve("." + name + ".lock");
    FileChannel lockChannel = null;
    FileLock lock = null;
    try {
      for (int attempt = 0; lock == null; attempt++) {
        lockChannel = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            attributes(personal));
        Object opened = fileKey(lockFile);
        try {
          lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
          lock = null; // held by another run in this JVM
        }
        if (lock == null) {
          lockChannel.close();
          throw new OutputInUseException(target + " is being written by another run (lock " + lockFile.getFileName()
              + "); wait for it to finish, or give another output file");
        }
        if ((opened == null || !opened.equals(fileKey(lockFile))) && attempt < 20) {
          // the previous holder removed its lock file between our open and our lock: a lock on a
          // removed file protects nothing, take the new one
          lock.release();
          lockChannel.close();
          lock = null;
        }
      }
      removeStaleTemporaries(dir, name);
      Path tmp = null;
      while (tmp == null) {
        Path candidate = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        TEMPORARIES.add(candidate);
        try {
          Files.createFile(candidate, attributes(personal));
          tmp = candidate;
        } catch (FileAlreadyExistsException e) {
          TEMPORARIES.remove(candidate); // another name
        } catch (IOException e) {
          TEMPORARIES.remove(candidate);
          throw e;
        }
      }
      FileChannel ch;
      try {
        ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
      } catch (IOException e) {
        Files.deleteIfExists(tmp);
        TEMPORARIES.remove(tmp);
        throw e;
      }
      OutputFile f = new OutputFile(real, target.toString(), tmp, lockFile, lockChannel, lock, ch, filter);
      OPEN.add(f);
      return f;
    } catch (IOException e) {
      releaseQuietly(lockFile, lockChannel, lock);
      throw new UncheckedIOException("cannot write " + target + ": " + LineSource.describe(e), e);
    } catch (RuntimeException e) {
      if (!(e instanceof OutputInUseException)) {
        releaseQuietly(lockFile, lockChannel, lock);
      }
      throw e;
    }
  }

  /** The stream to write to (buffered). Closing it does not commit. */
  public OutputStream stream() {
    return stream;
  }

  /** The file that {@link #commit} replaces (links resolved). */
  public Path target() {
    return target;
  }

  /**
   * Flushes, forces to disk and moves the temporary file over the target, then releases the lock.
   *
   * @throws UncheckedIOException when that fails (the temporary file is then removed)
   */
  public synchronized void commit() {
    if (committed) {
      return;
    }
    if (aborted) {
      throw new UncheckedIOException("cannot write " + shownName + ": the run was stopped",
          new IOException("aborted"));
    }
    try {
      stream.flush();
      writeBehind.settle();
      channel.force(true);
      channel.close();
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      committed = true;
      TEMPORARIES.remove(tmp);
      syncDirectory(target.getParent());
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("cannot write " + shownName + ": " + LineSource.describe(e), e);
    } finally {
      if (committed) {
        finish();
      }
    }
  }

  /** Unless committed: removes the temporary file (the previous output stays), releases the lock. Idempotent. */
  @Override
  public synchronized void close() {
    if (committed || aborted) {
      return;
    }
    aborted = true;
    try {
      channel.close();
    } catch (IOException ignored) {
      // the file is removed below
    }
    try {
      Files.deleteIfExists(tmp);
      TEMPORARIES.remove(tmp);
    } catch (IOException ignored) {
      // best effort; the next run on this output removes it
    }
    finish();
  }

  private void finish() {
    OPEN.remove(this);
    releaseQuietly(lockFile, lockChannel, lock);
  }

  /**
   * Writes {@code bytes} to {@code target} whole or not at all (lock, temporary file, rename).
   *
   * @throws OutputInUseException when another run holds the lock
   * @throws UncheckedIOException when it cannot be written
   */
  public static void write(Path target, boolean personal, byte[] bytes) {
    try (OutputFile f = open(target, personal)) {
      try {
        f.stream().write(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + target + ": " + LineSource.describe(e), e);
      }
      f.commit();
    }
  }

  /** Symbolic links followed at most, as the system's own limit (Linux: 40). */
  private static final int MAX_LINKS = 40;

  /**
   * The file a write to {@code p} changes, resolved through the file system the way the system
   * resolves a path it opens: the directory part by {@link Path#toRealPath} (so {@code ..} after a
   * symbolic link goes up from where the link leads, never from the link's name), then the file's
   * own symbolic links followed, each relative target from the link's real directory, also when
   * the last one dangles. No step is textual: {@code lnk/../../persons.csv} is the file the
   * system reaches. A directory that does not exist leaves the path absolute as given (a write
   * there fails). More than {@value #MAX_LINKS} links (a loop) leave the last link, which {@link
   * #checkTarget} refuses.
   */
  public static Path resolve(Path p) {
    Path cur = p.toAbsolutePath();
    for (int links = 0; ; links++) {
      Path parent = cur.getParent();
      Path name = cur.getFileName();
      if (parent == null || name == null) {
        return cur; // the root
      }
      Path dir;
      try {
        dir = parent.toRealPath();
      } catch (IOException e) {
        return cur;
      }
      if (name.toString().equals(".") || name.toString().equals("..")) {
        try {
          return cur.toRealPath(); // names a directory
        } catch (IOException e) {
          return dir.resolve(name);
        }
      }
      Path file = dir.resolve(name);
      if (!Files.isSymbolicLink(file) || links >= MAX_LINKS) {
        return file;
      }
      try {
        cur = dir.resolve(Files.readSymbolicLink(file));
      } catch (IOException e) {
        return file;
      }
    }
  }

  /**
   * The one check of an output, before any work: the file {@link #resolve} finds must be a regular
   * file or absent, in a directory that exists. A device ({@code /dev/null}, {@code /dev/full}), a
   * FIFO, a socket, a directory, a link loop or a link to one of them is refused: the tool only
   * ever renames a regular file into place, and a rename over a device or a FIFO would replace it.
   *
   * @return the resolved target
   * @throws UncheckedIOException naming {@code target} and what it is
   */
  public static Path checkTarget(Path target) {
    Objects.requireNonNull(target, "target");
    Path real = resolve(target);
    String problem = problem(target, real);
    if (problem != null) {
      throw new UncheckedIOException("cannot write " + target + problem, new IOException(problem));
    }
    return real;
  }

  /**
   * Why {@code target} cannot be an output ({@link #checkTarget}), as text to follow its name
   * (": is not a regular file …", naming the file a link leads to), or {@code null} when it can.
   */
  public static String targetProblem(Path target) {
    return problem(target, resolve(target));
  }

  private static String problem(Path target, Path real) {
    String problem = whatIsWrong(real);
    if (problem == null) {
      return null;
    }
    return (real.equals(target.toAbsolutePath()) ? "" : " (it leads to " + real + ")") + ": " + problem;
  }

  /** Why {@code real} (resolved) cannot be an output, or {@code null}. */
  private static String whatIsWrong(Path real) {
    Path dir = real.getParent();
    if (dir == null) {
      return "is a directory; give a file name";
    }
    if (!Files.isDirectory(dir)) {
      return "directory " + dir + " does not exist";
    }
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null; // absent: created
    } catch (IOException e) {
      return "cannot be examined (" + LineSource.describe(e) + ")";
    }
    if (a.isRegularFile()) {
      return null;
    }
    if (a.isDirectory()) {
      return "is a directory; give a file name";
    }
    if (a.isSymbolicLink()) {
      return "too many levels of symbolic links (a link loop); give a regular file";
    }
    return "is not a regular file (a device, a FIFO or a socket); an output is a regular file or absent: give a"
        + " file name";
  }

  /**
   * Why {@code dir} cannot be an output directory that is replaced whole (a population's {@code
   * dmfa-xml}), or {@code null}: it must be a directory or absent, itself (a link, which the rename
   * would replace, a file, a device or a FIFO is refused).
   */
  public static String directoryTargetProblem(Path dir) {
    if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return ": is not a directory (a file, a link, a device or a FIFO); remove it or give another directory";
    }
    return null;
  }

  /**
   * Whether {@code a} and {@code b} are the same file: the same path once resolved through the
   * file system ({@link #resolve}, also for a file that does not exist yet), or the same file key
   * (device and inode: hard links) when both exist.
   */
  public static boolean sameFile(Path a, Path b) {
    Path ra = resolve(a);
    Path rb = resolve(b);
    if (ra.equals(rb)) {
      return true;
    }
    if (Files.exists(ra) && Files.exists(rb)) {
      try {
        return Files.isSameFile(ra, rb);
      } catch (IOException e) {
        return false;
      }
    }
    return false;
  }

  /**
   * Creates directory {@code dir} (and its missing parents) for outputs: owner-only (0700) when it
   * will hold personal data, else 0755 less the umask, where the file system is POSIX. A directory
   * that exists is left as it is.
   *
   * @throws IOException when it cannot be created
   */
  public static void createDirectory(Path dir, boolean personal) throws IOException {
    Path abs = dir.toAbsolutePath();
    if (Files.isDirectory(abs)) {
      return;
    }
    Path parent = abs.getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      createDirectory(parent, personal);
    }
    try {
      Files.createDirectory(abs, posix() ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(personal ? OWNER_ONLY_DIRECTORY : SHARED_DIRECTORY)}
          : new FileAttribute<?>[0]);
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(abs)) {
        throw e;
      }
    }
  }

  /**
   * A stream to file {@code file}, created owner-only (0600) when it holds personal data, else 0644
   * less the umask; a regular file already there is truncated and, for personal data, made
   * owner-only; a symbolic link there is not followed (refused). For a file inside a directory that
   * is itself renamed into place whole, or a fixture (not through {@link #open}).
   *
   * @throws IOException when it cannot be created
   */
  public static OutputStream createFile(Path file, boolean personal) throws IOException {
    FileChannel ch = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS), attributes(personal));
    try {
      if (personal && posix()) {
        Files.setPosixFilePermissions(file, OWNER_ONLY);
      }
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
    return Channels.newOutputStream(ch);
  }

  /** The temporary files of outputs open in this JVM (for tests). */
  static int openCount() {
    return OPEN.size();
  }

  private static FileAttribute<?>[] attributes(boolean personal) {
    if (!posix()) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(personal ? OWNER_ONLY : SHARED)};
  }

  private static boolean posix() {
    return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  /**
   * The file key (device and inode) of {@code p}, read without opening it: opening and closing a
   * second descriptor of the lock file would drop this process's POSIX lock on it.
   */
  private static Object fileKey(Path p) {
    try {
      Object k = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
          .fileKey();
      return k == null ? "no-key" : k;
    } catch (IOException e) {
      return null;
    }
  }

  private static void releaseQuietly(Path lockFile, FileChannel channel, FileLock lock) {
    try {
      if (lock != null && lock.isValid()) {
        Files.deleteIfExists(lockFile); // while held: nobody else can hold this one
        lock.release();
      }
    } catch (IOException ignored) {
      // the lock goes with the channel
    }
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException ignored) {
      // nothing to do
    }
  }

  private static void removeStaleTemporaries(Path dir, String name) {
    String prefix = "." + name + ".";
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> {
      String n = p.getFileName().toString();
      return n.startsWith(prefix) && n.endsWith(".tmp") && n.length() > prefix.length() + 4
          && n.substring(prefix.length(), n.length() - 4).matches("[0-9a-z]{1,13}");
    })) {
      for (Path p : ds) {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException ignored) {
      // best effort
    }
  }

  private static void syncDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException | RuntimeException ignored) {
      // not every platform can sync a directory
    }
  }

  private static void installHook() {
    if (hookInstalled) {
      return;
    }
    synchronized (OutputFile.class) {
      if (!hookInstalled) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          for (OutputFile f : OPEN.toArray(new OutputFile[0])) {
            f.close();
          }
          for (Path p : TEMPORARIES.toArray(new Path[0])) {
            try {
              Files.deleteIfExists(p); // created, not yet handed over to an OutputFile
            } catch (IOException ignored) {
              // best effort
            }
          }
        }, "jobbonus-remove-temporary-files"));
        hookInstalled = true;
      }
    }
  }
}
