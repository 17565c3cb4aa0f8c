package vn.phuly.thanthien.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.phuly.thanthien.contract.DatasetContract;

/**
 * Which staged columns are written without a Parquet dictionary (those whose values are all
 * distinct) and without min/max statistics (texts no query selects by range).
 */
class OutputsTest {
  @Test
  void feedbackKeepsDictionariesOnlyForItsRepeatingColumns() {
    Map<String, String> options = Outputs.writerOptions(DatasetContract.load("feedback"));
    List<String> withoutDictionary = columnsWithOption(options, "parquet.enable.dictionary#");
    assertEquals(List.of("address_pseudonym", "citizen_id_pseudonym", "content", "detail_en", "detail_vi", "due_at",
        "feedback_id", "fields_json", "phone_pseudonym", "received_at", "resolved_at", "sender_pseudonym",
        "source_line"), withoutDictionary);
    assertEquals("false", options.get("parquet.size.statistics.enabled"));
  }

  @Test
  void feedbackKeepsMinMaxStatisticsExceptForPseudonymsAndTexts() {
    Map<String, String> options = Outputs.writerOptions(DatasetContract.load("feedback"));
    assertEquals(List.of("address_pseudonym", "citizen_id_pseudonym", "content", "detail_en", "detail_vi",
        "fields_json", "phone_pseudonym", "sender_pseudonym"),
        columnsWithOption(options, "parquet.column.statistics.enabled#"));
  }

  private static List<String> columnsWithOption(Map<String, String> options, String prefix) {
    return options.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .peek(e -> assertEquals("false", e.getValue(), e.getKey()))
        .map(e -> e.getKey().substring(prefix.length()))
        .sorted()
        .toList();
  }

  @Test
  void aKeyOfSeveralColumnsKeepsItsDictionaries() {
    Map<String, String> options = Outputs.writerOptions(DatasetContract.load("submission_score"));
    DatasetContract.load("submission_score").businessKey()
        .forEach(key -> assertEquals(null, options.get("parquet.enable.dictionary#" + key), key));
  }
}
