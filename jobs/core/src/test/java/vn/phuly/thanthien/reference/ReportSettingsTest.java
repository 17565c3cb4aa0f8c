package vn.phuly.thanthien.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.csv (DESIGN §2): documented defaults, the shipped values, errors with file and line. */
class ReportSettingsTest {
  @TempDir Path dir;

  private Profile withReportCsv(String text) throws Exception {
    Files.writeString(dir.resolve("units.csv"), ProfileFilesTest.UNITS, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("criteria.csv"), ProfileFilesTest.CRITERIA, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("bands.csv"), ProfileFilesTest.BANDS, StandardCharsets.UTF_8);
    if (text != null) {
      Files.writeString(dir.resolve("report.csv"), text, StandardCharsets.UTF_8);
    }
    return Profile.load(dir);
  }

  @Test
  void withoutReportCsvEverySettingTakesItsDefault() throws Exception {
    ReportSettings settings = withReportCsv(null).reportSettings();

    assertEquals(Optional.empty(), settings.issuer());
    assertEquals(List.of(AssessmentPeriod.Kind.YEAR), settings.periodKinds());
    assertEquals(45, settings.delayDays(AssessmentPeriod.Kind.YEAR));
    assertEquals(30, settings.delayDays(AssessmentPeriod.Kind.HALF));
    assertEquals(20, settings.delayDays(AssessmentPeriod.Kind.QUARTER));
    assertEquals(List.of(), settings.recipients(AssessmentPeriod.Kind.YEAR));
  }

  @Test
  void theShippedProfileReportsYearsAndHalvesForTheCity() {
    ReportSettings settings = Profile.shipped().reportSettings();

    assertEquals(Optional.of("UBND thành phố Phủ Lý"), settings.issuer());
    assertEquals(List.of(AssessmentPeriod.Kind.YEAR, AssessmentPeriod.Kind.HALF), settings.periodKinds());
    assertEquals(List.of("chu-tich@phuly.example.org", "van-phong@phuly.example.org"),
        settings.recipients(AssessmentPeriod.Kind.YEAR));
    assertEquals(List.of(), settings.recipients(AssessmentPeriod.Kind.QUARTER));
  }

  @Test
  void quartersAndOwnDelaysAndRecipients() throws Exception {
    ReportSettings settings =
        withReportCsv("key,value\nperiod_kinds,QUARTER YEAR\ndelay_days_quarter,10\nrecipients_quarter,a@x.vn;b@x.vn\n")
            .reportSettings();

    assertEquals(List.of(AssessmentPeriod.Kind.YEAR, AssessmentPeriod.Kind.QUARTER), settings.periodKinds());
    assertEquals(10, settings.delayDays(AssessmentPeriod.Kind.QUARTER));
    assertEquals(List.of("a@x.vn", "b@x.vn"), settings.recipients(AssessmentPeriod.Kind.QUARTER));
  }

  @Test
  void badValuesNameTheFileAndTheLine() throws Exception {
    ProfileException unknownKey = assertThrows(ProfileException.class, () -> withReportCsv("key,value\nissuer,X\nsender,Y\n"));
    ProfileException badKind = assertThrows(ProfileException.class, () -> withReportCsv("key,value\nperiod_kinds,YEAR MONTH\n"));
    ProfileException badDelay = assertThrows(ProfileException.class, () -> withReportCsv("key,value\ndelay_days_year,-3\n"));
    ProfileException twice = assertThrows(ProfileException.class, () -> withReportCsv("key,value\nissuer,X\nissuer,Y\n"));

    assertTrue(unknownKey.getMessage().contains("report.csv") && unknownKey.getMessage().contains("3"), unknownKey.getMessage());
    assertTrue(unknownKey.getMessage().contains("khoá lạ 'sender'"), unknownKey.getMessage());
    assertTrue(badKind.getMessage().contains("'MONTH' không phải YEAR, HALF hay QUARTER"), badKind.getMessage());
    assertTrue(badDelay.getMessage().contains("delay_days_year: '-3'"), badDelay.getMessage());
    assertTrue(twice.getMessage().contains("đã có ở dòng 2"), twice.getMessage());
  }
}
