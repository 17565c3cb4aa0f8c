package vn.phuly.thanthien.lake;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import vn.phuly.thanthien.fs.Locations;

/**
 * The lake on one file system, laid out as in docs/architecture.md "The lake": the local disk
 * ({@code file:}), HDFS or an object store (S3A), each through its {@link LakeStore}; what is moved,
 * when the ledger is written and what is deleted is decided here, once for all of them.
 * The ledger is the commit point: a file belongs to the lake only once a ledger entry lists it.
 * One writer at a time ({@link #lockForWriting}): an ingest must not run while another one commits
 * or removes orphans. Readers (build) read a {@link #snapshot} under {@link #lockForReading}, and
 * the writer deletes nothing they may still read. The locks are OS locks ({@link LockFiles}): in
 * the lake's root for a local lake, on this host for any other, which then has one writer per host.
 */
public final class Lake {
  static final String CURATED = "curated";
  static final String QUARANTINE = "quarantine";
  static final String LEDGER = "_ledger";
  static final String RUNS = "_runs";
  static final String STAGING = "_staging";
  static final String LOCK = "_writer.lock";
  static final String READERS = "_readers.lock";
  /** The Hadoop setting of the folder of this host that holds the locks of lakes not on it ({@link LockFiles}). */
  public static final String LOCKS_FOLDER = "thanthien.locks.dir";

  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final Pattern YEAR_FOLDER = Pattern.compile("year=(\\d{4})");
  private static final Pattern LEDGER_FILE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.json");

  /** How the commit point is written: {@link LakeJson#write} except in the test that makes it fail. */
  interface LedgerWriter {
    void write(LakeStore store, Path file, Object entry);
  }

  private final Path root;
  /** The root's path with a trailing slash: every file of the lake's path starts with it. */
  private final String rootPrefix;
  private final LakeStore store;
  private final LockFiles locks;
  private final Clock clock;
  private final LedgerWriter ledgerWriter;

  /** A lake at a location with a scheme ({@link Locations#of}), reached with {@code conf} (Spark's hadoopConfiguration()). */
  public Lake(Path root, Configuration conf) {
    this(root, conf, Clock.systemUTC(), LakeJson::write);
  }

  /** A local lake. */
  public Lake(java.nio.file.Path root) {
    this(Locations.of(root), new Configuration());
  }

  Lake(Path root, Configuration conf, Clock clock, LedgerWriter ledgerWriter) {
    URI uri = root.toUri();
    // s3a://bucket is the bucket's root
    String path = uri.getPath().isEmpty() ? "/" : uri.getPath();
    if (uri.getScheme() == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("a lake's location needs a scheme and an absolute path (Locations.of): " + root);
    }
    this.root = new Path(uri.getScheme(), uri.getAuthority(), path);
    String rootPath = this.root.toUri().getPath();
    this.rootPrefix = rootPath.endsWith("/") ? rootPath : rootPath + "/";
    this.store = LakeStore.of(this.root, conf);
    this.locks = LockFiles.of(this.root, conf);
    this.clock = clock;
    this.ledgerWriter = ledgerWriter;
  }

  /** The lock of {@link #lockForWriting}; releasing it cannot fail in a way the caller could act on. */
  public interface WriterLock extends AutoCloseable {
    @Override
    void close();
  }

  /** The lock of {@link #lockForReading}. */
  public interface ReadLock extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Holds the files of every ledger entry in place until closed: a day replaced meanwhile (a forced
   * or reprocessed re-run) keeps its old files, and orphan removal leaves them, until no reader
   * holds this lock. Waits only while a writer is deleting files. Take it before {@link #snapshot}.
   */
  public ReadLock lockForReading() {
    return ReadersLock.shared(locks);
  }

  /** Every ledger entry, read once, and the run manifests: what build reads. */
  public LakeSnapshot snapshot() {
    return new LakeSnapshot(root, allEntries(), runManifestFiles());
  }

  /**
   * Makes this process the lake's only writer until the lock is closed, or refuses with a
   * {@link LakeException} when another ingest holds it. Two ingests at once would break the commit
   * protocol (one's orphan removal deletes the other's moved but not yet ledgered files). The
   * operating system releases the lock when its process ends, even by SIGKILL, so a killed run
   * never blocks the next one.
   */
  public WriterLock lockForWriting() {
    java.nio.file.Path file = locks.file(LOCK);
    FileChannel channel = locks.open(LOCK);
    try {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new LakeException("một lượt nạp khác đang ghi hồ dữ liệu này (" + file + " đang bị khóa): chờ lượt đó kết thúc"
            + " / another ingest is writing this lake: wait for it to end");
      }
      return () -> {
        try {
          channel.close();
        } catch (IOException e) {
          throw new LakeException("cannot release " + file, e);
        }
      };
    } catch (IOException e) {
      throw new LakeException("cannot lock " + file, e);
    }
  }

  public Path root() {
    return root;
  }

  public Path staging(String runId) {
    return absolute(STAGING + "/" + safe(runId));
  }

  public Path curated(String dataset) {
    return absolute(CURATED + "/" + safe(dataset));
  }

  public Path quarantine(String source) {
    return absolute(QUARANTINE + "/" + safe(source));
  }

  Path ledgerFile(String source, LocalDate day) {
    return new Path(ledgerFolder(source), day + ".json");
  }

  Path runsFolder() {
    return absolute(RUNS);
  }

  LakeStore store() {
    return store;
  }

  /** The landing days of a source that have a ledger entry. */
  public Set<LocalDate> ingestedDays(String source) {
    Set<LocalDate> days = new TreeSet<>();
    for (Path file : store.files(ledgerFolder(source))) {
      Matcher name = LEDGER_FILE.matcher(file.getName());
      if (name.matches()) {
        try {
          days.add(LocalDate.parse(name.group(1)));
        } catch (DateTimeParseException e) {
          throw new LakeException("not a date in ledger file name: " + file, e);
        }
      }
    }
    return days;
  }

  public Optional<LedgerEntry> entry(String source, LocalDate day) {
    Path file = ledgerFile(source, day);
    return store.isFile(file) ? Optional.of(LakeJson.read(store, file, LedgerEntry.class)) : Optional.empty();
  }

  /** Sorted by landing day. */
  public List<LedgerEntry> entries(String source) {
    return ingestedDays(source).stream().map(day -> entry(source, day).orElseThrow()).toList();
  }

  /** Every ledgered curated file of a dataset, all sources and days, sorted. */
  public List<Path> committedFiles(String dataset) {
    return snapshot().committedFiles(dataset);
  }

  /** The run manifests ({@code _runs/<run_id>.json}), oldest run first. */
  public List<Path> runManifestFiles() {
    return store.files(runsFolder()).stream()
        .filter(file -> file.getName().endsWith(".json"))
        .filter(file -> !file.getName().startsWith("."))
        .toList();
  }

  /** The ids of the runs that wrote a manifest; a run killed before its end has none. */
  public Set<String> runsWithManifest() {
    Set<String> runs = new TreeSet<>();
    for (Path manifest : runManifestFiles()) {
      String name = manifest.getName();
      runs.add(name.substring(0, name.length() - ".json".length()));
    }
    return runs;
  }

  /** Every ledgered quarantine file, all sources and days, sorted. */
  public List<Path> committedQuarantine() {
    return snapshot().committedQuarantine();
  }

  /**
   * Commits one landing day of one source. stagedCurated: dataset → folder written by Spark under
   * staging(runId) holding year=YYYY/part-*.parquet (Spark's _SUCCESS, .crc and other dot or
   * underscore files are ignored); stagedQuarantine: a folder with part-*.parquet directly inside
   * (null, absent or empty: no quarantine). Ordered so that a crash at any point leaves either the
   * old ledger entry (and its files) or the new one: 1) every file renamed to its final name,
   * 2) the ledger entry written whole over {@code <day>.json} ({@link LakeStore#replaceWhole}),
   * 3) only then the previous entry's files that the new one does not list are deleted — unless a
   * reader holds {@link #lockForReading}: they are then orphans the next ingest removes.
   */
  public LedgerEntry commit(String source, LocalDate day, String runId, Map<String, Path> stagedCurated,
      Path stagedQuarantine) {
    return commit(source, day, runId, stagedCurated, stagedQuarantine, null);
  }

  /** {@link #commit}, recording the hash of the profile the day was judged under in its entry. */
  public LedgerEntry commit(String source, LocalDate day, String runId, Map<String, Path> stagedCurated,
      Path stagedQuarantine, String profileHash) {
    Objects.requireNonNull(stagedCurated, "stagedCurated");
    Optional<LedgerEntry> previous = entry(source, day);
    LedgerEntry moved = moveIntoPlace(source, day, runId, stagedCurated, stagedQuarantine);
    LedgerEntry entry = new LedgerEntry(moved.source(), moved.landingDate(), moved.runId(), moved.committedAt(),
        moved.files(), moved.quarantine(), profileHash);
    ledgerWriter.write(store, ledgerFile(source, day), entry);
    previous.ifPresent(old -> {
      Set<String> kept = new HashSet<>(entry.allPaths());
      List<String> replaced = old.allPaths().stream().filter(path -> !kept.contains(path)).toList();
      whenNoReader(() -> replaced.forEach(this::deleteFile));
    });
    return entry;
  }

  /**
   * Step 1 of {@link #commit}: renames the staged files to their final names, one by one, and
   * returns the entry that would list them, without writing it. Visible for the crash test.
   */
  LedgerEntry moveIntoPlace(String source, LocalDate day, String runId, Map<String, Path> stagedCurated,
      Path stagedQuarantine) {
    safe(source);
    safe(runId);
    Map<Path, String> moves = new LinkedHashMap<>();
    Map<String, List<String>> files = new TreeMap<>();
    new TreeMap<>(stagedCurated).forEach((dataset, folder) -> {
      List<String> paths = new ArrayList<>();
      int n = 0;
      for (Path yearFolder : partitionFolders(folder)) {
        if (!YEAR_FOLDER.matcher(yearFolder.getName()).matches()) {
          throw new LakeException("staged curated folder is not year=YYYY: " + yearFolder);
        }
        for (Path part : parquetFiles(yearFolder)) {
          String target =
              CURATED + "/" + safe(dataset) + "/" + yearFolder.getName() + "/" + day + "_" + runId + "_" + n++ + ".parquet";
          moves.put(part, target);
          paths.add(target);
        }
      }
      files.put(dataset, paths);
    });
    List<String> quarantine = new ArrayList<>();
    int n = 0;
    for (Path part : stagedQuarantine == null ? List.<Path>of() : parquetFiles(stagedQuarantine)) {
      String target = QUARANTINE + "/" + safe(source) + "/landing=" + day + "/" + runId + "_" + n++ + ".parquet";
      moves.put(part, target);
      quarantine.add(target);
    }
    moves.forEach((from, to) -> store.move(from, absolute(to)));
    return new LedgerEntry(source, day, runId, clock.instant().toString(), files, quarantine);
  }

  /**
   * Deletes the curated and quarantine files no ledger entry lists (left by a crash between the
   * moves and the ledger write, or by a replaced entry whose deletion was interrupted), stray temp
   * files of the ledger and run manifests, and every staging folder: with one writer at a time, a
   * staging folder seen at the start of an ingest belongs to a run that ended, and a run killed
   * (SIGKILL, power loss) ends without a manifest, so waiting for one would keep its half-written
   * Spark output forever. Call at the start of an ingest, holding {@link #lockForWriting}. Curated
   * and quarantine orphans stay while a reader holds {@link #lockForReading} (an old ledger entry in
   * its snapshot may list them); staging is never read.
   */
  public void removeOrphans() {
    // created here, not by Spark's first write, so that it has the lake's mode (and setgid bit)
    store.createFolders(absolute(STAGING));
    whenNoReader(() -> {
      Set<String> listed = new HashSet<>();
      allEntries().forEach(entry -> listed.addAll(entry.allPaths()));
      for (String area : List.of(CURATED, QUARANTINE)) {
        store.filesBelow(absolute(area)).stream()
            .filter(file -> file.getName().endsWith(".parquet"))
            .map(this::relative)
            .filter(file -> !listed.contains(file))
            .forEach(this::deleteFile);
      }
    });
    Stream.concat(store.filesBelow(absolute(LEDGER)).stream(), store.filesBelow(runsFolder()).stream())
        .filter(file -> file.getName().startsWith("."))
        .forEach(store::delete);
    for (Path runStaging : store.folders(absolute(STAGING))) {
      store.deleteTree(runStaging);
    }
  }

  /** Deletes a run's staging folder once its days are committed (its leftovers are Spark's bookkeeping). */
  public void discardStaging(String runId) {
    Path folder = staging(runId);
    if (store.isFolder(folder)) {
      store.deleteTree(folder);
    }
  }

  /** Spark's data files in a folder of the lake (not below it), sorted by name. */
  public List<Path> parquetFiles(Path folder) {
    return store.files(folder).stream().filter(file -> !ignored(file) && file.getName().endsWith(".parquet")).toList();
  }

  /** The partition folders ({@code name=value}) Spark wrote in a folder of the lake, sorted by name. */
  public List<Path> partitionFolders(Path folder) {
    return store.folders(folder).stream().filter(f -> !ignored(f)).toList();
  }

  /** Whether a folder of the lake exists (Spark wrote something there). */
  public boolean isFolder(Path folder) {
    return store.isFolder(folder);
  }

  private void whenNoReader(Runnable deletion) {
    ReadersLock.whenNoReader(locks, deletion);
  }

  private List<LedgerEntry> allEntries() {
    List<LedgerEntry> all = new ArrayList<>();
    for (Path sourceFolder : store.folders(absolute(LEDGER))) {
      if (!ignored(sourceFolder)) {
        all.addAll(entries(sourceFolder.getName()));
      }
    }
    return all;
  }

  private Path ledgerFolder(String source) {
    return absolute(LEDGER + "/" + safe(source));
  }

  private Path absolute(String relative) {
    return new Path(root, relative);
  }

  /** Relative to the root, forward slashes: what a ledger entry lists, whatever the scheme's spelling. */
  private String relative(Path file) {
    String path = file.toUri().getPath();
    if (!path.startsWith(rootPrefix)) {
      throw new LakeException(file + " is not in the lake " + root);
    }
    return path.substring(rootPrefix.length());
  }

  /** Deletes a file, then its folder and the folders above it that became empty, up to the area folder. */
  private void deleteFile(String relative) {
    store.delete(absolute(relative));
    String[] names = relative.split("/");
    // names[0] is the area (curated, quarantine): it stays
    for (int depth = names.length - 1; depth > 1; depth--) {
      if (!store.deleteIfEmpty(absolute(String.join("/", List.of(names).subList(0, depth))))) {
        return;
      }
    }
  }

  /** _SUCCESS, _temporary, .crc checksums, .spark-staging-*: Spark's bookkeeping, never data. */
  private static boolean ignored(Path path) {
    return path.getName().startsWith("_") || path.getName().startsWith(".");
  }

  /** Names become path segments: refuse anything that could climb out of the lake. */
  static String safe(String name) {
    if (name == null || !SAFE_NAME.matcher(name).matches() || name.contains("..")) {
      throw new IllegalArgumentException("not a valid lake name: " + name);
    }
    return name;
  }
}
