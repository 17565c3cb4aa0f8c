package vn.phuly.thanthien.lake;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.phuly.thanthien.FileModes;

/**
 * The lake on a local (or any single) filesystem, laid out as in docs/architecture.md "The lake".
 * The ledger is the commit point: a file belongs to the lake only once a ledger entry lists it.
 * One writer at a time ({@link #lockForWriting}): an ingest must not run while another one commits
 * or removes orphans. Readers (build) read a {@link #snapshot} under {@link #lockForReading}, and
 * the writer deletes nothing they may still read.
 */
public final class Lake {
  static final String CURATED = "curated";
  static final String QUARANTINE = "quarantine";
  static final String LEDGER = "_ledger";
  static final String RUNS = "_runs";
  static final String STAGING = "_staging";
  static final String LOCK = "_writer.lock";
  static final String READERS = "_readers.lock";

  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final Pattern YEAR_FOLDER = Pattern.compile("year=(\\d{4})");
  private static final Pattern LEDGER_FILE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.json");

  private final Path root;
  private final Clock clock;
  private final BiConsumer<Path, Object> ledgerWriter;

  public Lake(Path root) {
    this(root, Clock.systemUTC(), LakeJson::write);
  }

  /** ledgerWriter: {@link LakeJson#write} except in the test that makes the commit point fail. */
  Lake(Path root, Clock clock, BiConsumer<Path, Object> ledgerWriter) {
    this.root = root.toAbsolutePath().normalize();
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
    return ReadersLock.shared(root.resolve(READERS));
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
    Path file = root.resolve(LOCK);
    try {
      FileModes.createFolders(root);
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileModes.restrict(file);
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
    return root.resolve(STAGING).resolve(safe(runId));
  }

  public Path curated(String dataset) {
    return root.resolve(CURATED).resolve(safe(dataset));
  }

  public Path quarantine(String source) {
    return root.resolve(QUARANTINE).resolve(safe(source));
  }

  Path ledgerFile(String source, LocalDate day) {
    return ledgerFolder(source).resolve(day + ".json");
  }

  Path runsFolder() {
    return root.resolve(RUNS);
  }

  /** The landing days of a source that have a ledger entry. */
  public Set<LocalDate> ingestedDays(String source) {
    Set<LocalDate> days = new TreeSet<>();
    for (Path file : list(ledgerFolder(source))) {
      Matcher name = LEDGER_FILE.matcher(file.getFileName().toString());
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
    return Files.isRegularFile(file) ? Optional.of(LakeJson.read(file, LedgerEntry.class)) : Optional.empty();
  }

  /** Sorted by landing day. */
  public List<LedgerEntry> entries(String source) {
    return ingestedDays(source).stream().map(day -> entry(source, day).orElseThrow()).toList();
  }

  /** Absolute paths of every ledgered curated file of a dataset, all sources and days, sorted. */
  public List<Path> committedFiles(String dataset) {
    return snapshot().committedFiles(dataset);
  }

  /** The run manifests ({@code _runs/<run_id>.json}), oldest run first. */
  public List<Path> runManifestFiles() {
    return list(runsFolder()).stream()
        .filter(file -> file.getFileName().toString().endsWith(".json"))
        .filter(file -> !file.getFileName().toString().startsWith("."))
        .toList();
  }

  /** The ids of the runs that wrote a manifest; a run killed before its end has none. */
  public Set<String> runsWithManifest() {
    Set<String> runs = new TreeSet<>();
    for (Path manifest : runManifestFiles()) {
      String name = manifest.getFileName().toString();
      runs.add(name.substring(0, name.length() - ".json".length()));
    }
    return runs;
  }

  /** Absolute paths of every ledgered quarantine file, all sources and days, sorted. */
  public List<Path> committedQuarantine() {
    return snapshot().committedQuarantine();
  }

  /**
   * Commits one landing day of one source. stagedCurated: dataset → folder written by Spark under
   * staging(runId) holding year=YYYY/part-*.parquet (Spark's _SUCCESS, .crc and other dot or
   * underscore files are ignored); stagedQuarantine: a folder with part-*.parquet directly inside
   * (null, absent or empty: no quarantine). Ordered so that a crash at any point leaves either the
   * old ledger entry (and its files) or the new one: 1) every file renamed to its final name,
   * 2) the ledger entry written to a temp file and atomically renamed over {@code <day>.json},
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
    ledgerWriter.accept(ledgerFile(source, day), entry);
    previous.ifPresent(old -> {
      Set<String> kept = new HashSet<>(entry.allPaths());
      List<Path> replaced = old.allPaths().stream().filter(path -> !kept.contains(path)).map(this::absolute).toList();
      whenNoReader(() -> replaced.forEach(this::deleteFile));
    });
    return entry;
  }

  /**
   * Step 1 of {@link #commit}: renames the staged files to their final names and returns the entry
   * that would list them, without writing it. Visible for the crash test.
   */
  LedgerEntry moveIntoPlace(String source, LocalDate day, String runId, Map<String, Path> stagedCurated,
      Path stagedQuarantine) {
    safe(source);
    safe(runId);
    Map<Path, Path> moves = new LinkedHashMap<>();
    Map<String, List<String>> files = new TreeMap<>();
    new TreeMap<>(stagedCurated).forEach((dataset, folder) -> {
      List<String> paths = new ArrayList<>();
      int n = 0;
      for (Path yearFolder : partitionFolders(folder)) {
        Matcher year = YEAR_FOLDER.matcher(yearFolder.getFileName().toString());
        if (!year.matches()) {
          throw new LakeException("staged curated folder is not year=YYYY: " + yearFolder);
        }
        for (Path part : parquetFiles(yearFolder)) {
          Path target = curated(dataset).resolve(yearFolder.getFileName()).resolve(day + "_" + runId + "_" + n++ + ".parquet");
          moves.put(part, target);
          paths.add(relative(target));
        }
      }
      files.put(dataset, paths);
    });
    List<String> quarantine = new ArrayList<>();
    int n = 0;
    for (Path part : stagedQuarantine == null ? List.<Path>of() : parquetFiles(stagedQuarantine)) {
      Path target = quarantine(source).resolve("landing=" + day).resolve(runId + "_" + n++ + ".parquet");
      moves.put(part, target);
      quarantine.add(relative(target));
    }
    moves.forEach(this::move);
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
    FileModes.createFolders(root.resolve(STAGING));
    whenNoReader(() -> {
      Set<Path> listed = new HashSet<>();
      allEntries().forEach(entry -> entry.allPaths().forEach(path -> listed.add(absolute(path))));
      for (String area : List.of(CURATED, QUARANTINE)) {
        walkFiles(root.resolve(area)).stream()
            .filter(file -> file.getFileName().toString().endsWith(".parquet") && !listed.contains(file))
            .forEach(this::deleteFile);
      }
    });
    Stream.concat(walkFiles(root.resolve(LEDGER)).stream(), walkFiles(runsFolder()).stream())
        .filter(file -> file.getFileName().toString().startsWith("."))
        .forEach(this::deleteFile);
    for (Path runStaging : list(root.resolve(STAGING))) {
      deleteTree(runStaging);
    }
  }

  /** Deletes a run's staging folder once its days are committed (its leftovers are Spark's bookkeeping). */
  public void discardStaging(String runId) {
    Path folder = staging(runId);
    if (Files.exists(folder)) {
      deleteTree(folder);
    }
  }

  private void whenNoReader(Runnable deletion) {
    ReadersLock.whenNoReader(root.resolve(READERS), deletion);
  }

  private List<LedgerEntry> allEntries() {
    List<LedgerEntry> all = new ArrayList<>();
    for (Path sourceFolder : list(root.resolve(LEDGER))) {
      if (Files.isDirectory(sourceFolder) && !ignored(sourceFolder)) {
        all.addAll(entries(sourceFolder.getFileName().toString()));
      }
    }
    return all;
  }

  private Path ledgerFolder(String source) {
    return root.resolve(LEDGER).resolve(safe(source));
  }

  private Path absolute(String relative) {
    return root.resolve(relative).normalize();
  }

  /** Relative to the root, forward slashes whatever the platform. */
  private String relative(Path file) {
    List<String> names = new ArrayList<>();
    root.relativize(file).forEach(name -> names.add(name.toString()));
    return String.join("/", names);
  }

  private void move(Path from, Path to) {
    try {
      FileModes.createFolders(to.getParent());
      if (Files.exists(to)) {
        throw new LakeException("lake file already exists, refusing to overwrite: " + to);
      }
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      // Spark's and the Parquet writer's files get their modes from the umask; the lake's are 0640
      FileModes.restrict(to);
      FileModes.groupOfFolder(to);
    } catch (IOException e) {
      throw new LakeException("cannot move " + from + " to " + to, e);
    }
  }

  /** Deletes a file, then its folder and the folders above it that became empty, up to the area folder. */
  private void deleteFile(Path file) {
    try {
      Files.deleteIfExists(file);
      Path folder = file.getParent();
      while (folder != null && folder.getNameCount() > root.getNameCount() + 1 && isEmptyFolder(folder)) {
        Files.delete(folder);
        folder = folder.getParent();
      }
    } catch (IOException e) {
      throw new LakeException("cannot delete " + file, e);
    }
  }

  private static boolean isEmptyFolder(Path folder) throws IOException {
    try (Stream<Path> children = Files.list(folder)) {
      return children.findAny().isEmpty();
    }
  }

  private static void deleteTree(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new LakeException("cannot delete " + folder, e);
    }
  }

  /** Spark's data files in a folder (not below it), sorted by name. */
  public static List<Path> parquetFiles(Path folder) {
    return list(folder).stream()
        .filter(Files::isRegularFile)
        .filter(file -> !ignored(file) && file.getFileName().toString().endsWith(".parquet"))
        .toList();
  }

  /** The partition folders ({@code name=value}) Spark wrote in a folder, sorted by name. */
  public static List<Path> partitionFolders(Path folder) {
    return list(folder).stream().filter(Files::isDirectory).filter(f -> !ignored(f)).toList();
  }

  /** _SUCCESS, _temporary, .crc checksums, .spark-staging-*: Spark's bookkeeping, never data. */
  private static boolean ignored(Path path) {
    String name = path.getFileName().toString();
    return name.startsWith("_") || name.startsWith(".");
  }

  /** Children of a folder sorted by name; an absent folder has none. */
  static List<Path> list(Path folder) {
    if (folder == null || !Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(folder)) {
      return children.sorted().toList();
    } catch (IOException e) {
      throw new LakeException("cannot list " + folder, e);
    }
  }

  private static List<Path> walkFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.filter(Files::isRegularFile).map(Path::normalize).sorted().toList();
    } catch (IOException e) {
      throw new LakeException("cannot walk " + folder, e);
    }
  }

  /** Names become path segments: refuse anything that could climb out of the lake. */
  static String safe(String name) {
    if (name == null || !SAFE_NAME.matcher(name).matches() || name.contains("..")) {
      throw new IllegalArgumentException("not a valid lake name: " + name);
    }
    return name;
  }
}
