package vn.phuly.thanthien.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.fs.Locations;
import vn.phuly.thanthien.ingest.IngestFixtures;
import vn.phuly.thanthien.ingest.IngestJob;
import vn.phuly.thanthien.ingest.IngestRequest;
import vn.phuly.thanthien.ingest.IngestResult;
import vn.phuly.thanthien.lake.FileReport;
import vn.phuly.thanthien.lake.Lake;
import vn.phuly.thanthien.reference.Profile;

/**
 * The generator's sample landing zone (every export mess of DESIGN §3 at once, shipped Phủ Lý
 * profile) through ingest: exactly the rows it planted are quarantined, each for the reason it
 * planted, and every file reconciles.
 */
class GeneratedLandingIngestTest {
  @TempDir static Path work;

  @Test
  void exactlyThePlantedRowsAreQuarantinedForThePlantedReasons() {
    Path landing = work.resolve("landing");
    Path lake = work.resolve("lake");
    Profile profile = Profile.shipped();
    PlantedManifest planted =
        SampleGenerator.generate(profile, landing, new GeneratorOptions(7L, Scale.CITY, 2024, 2025, 300));
    IngestResult result =
        IngestJob.run(new IngestRequest(Locations.of(landing), Locations.of(lake), null, null, profile, IngestFixtures.PSEUDONYMIZER,
            IngestFixtures.spark(), null));

    Set<String> expected = new TreeSet<>();
    for (PlantedRow row : planted.planted()) {
      expected.add(row.file() + "|" + row.line() + "|" + row.reason());
    }
    Set<String> quarantined = new TreeSet<>();
    List<String> files = new Lake(lake).committedQuarantine().stream().map(Object::toString).toList();
    for (Row row : IngestFixtures.spark().read().parquet(files.toArray(String[]::new))
        .select("source_file", "source_line", "reason_code").collectAsList()) {
      quarantined.add(row.getString(0) + "|" + row.getLong(1) + "|" + row.getString(2));
    }
    assertTrue(expected.size() > 10, "the generator planted bad rows");
    assertEquals(expected, quarantined);
    assertEquals(planted.files().size(), result.files().size());
    assertTrue(result.files().stream().allMatch(FileReport::reconciles));
    assertTrue(result.files().stream().allMatch(f -> f.rejected() == null));
  }
}
