package vn.phuly.thanthien.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The models of a {@code sql/} tree: {@code staging/}, {@code core/}, {@code marts/} and {@code
 * audits/}, one model per {@code .sql} file. Read from the classpath (a folder when run from
 * {@code target/classes}, the jar otherwise) or from any folder (tests).
 */
public final class ModelCatalog {
  static final List<String> FOLDERS = List.of("staging", "core", "marts", "audits");

  private final Map<String, Model> models;

  private ModelCatalog(Map<String, Model> models) {
    this.models = models;
  }

  /** The {@code sql/} tree packaged with the application. */
  public static ModelCatalog fromClasspath() {
    URL url = ModelCatalog.class.getClassLoader().getResource("sql/staging");
    if (url == null) {
      throw new ModelException("sql/staging is not on the classpath");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem jar = openJar(uri)) {
          return fromDirectory(jar.getPath("/sql"));
        }
      }
      return fromDirectory(Path.of(uri).getParent());
    } catch (URISyntaxException | IOException e) {
      throw new ModelException("cannot list sql/ on the classpath: " + e.getMessage(), e);
    }
  }

  private static FileSystem openJar(URI uri) throws IOException {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      // Someone else holds the jar's file system open; read through a second, private one.
      String jar = uri.getSchemeSpecificPart();
      return FileSystems.newFileSystem(Path.of(URI.create(jar.substring(0, jar.indexOf("!/")))));
    }
  }

  /** Reads {@code <root>/{staging,core,marts,audits}/*.sql}; missing folders are empty. */
  public static ModelCatalog fromDirectory(Path root) {
    Map<String, Model> models = new LinkedHashMap<>();
    for (String folder : FOLDERS) {
      Path dir = root.resolve(folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted(Comparator.comparing(Path::toString)).toList()) {
          String fileName = file.getFileName().toString();
          String name = fileName.substring(0, fileName.length() - ".sql".length());
          String origin = "sql/" + folder + "/" + fileName;
          Model model = Model.parse(name, ModelKind.ofFolder(folder), origin, Files.readString(file, StandardCharsets.UTF_8));
          Model clash = models.put(name, model);
          if (clash != null) {
            throw new ModelException(origin + ": model name also used by " + clash.origin());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
      }
    }
    return new ModelCatalog(models);
  }

  public List<Model> all() {
    return new ArrayList<>(models.values());
  }

  /** The views and tables, in dependency order. */
  public List<Model> buildOrder() {
    return ModelGraph.order(models.values().stream().filter(m -> !m.isAudit()).toList());
  }

  /** The models (not audits) whose names {@code model}'s SQL mentions: what it is built from. */
  public Set<String> dependencies(Model model) {
    Set<String> names = models.values().stream().filter(m -> !m.isAudit()).map(Model::name).collect(Collectors.toSet());
    return ModelGraph.mentions(model.name(), model.sql(), names);
  }

  /**
   * What {@code model} reads from outside the warehouse, by placeholder: {@code curated:<dataset>},
   * {@code reference:<file>}, {@code quarantine}, {@code runs}, {@code thresholds}, {@code periods}.
   */
  public static Set<String> sources(Model model) {
    return Placeholders.sources(model);
  }

  public List<Model> audits() {
    return models.values().stream().filter(Model::isAudit).toList();
  }
}
