package vn.phuly.thanthien.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.phuly.thanthien.contract.DatasetContract;

/** Which staged columns are written without a Parquet dictionary: those whose values are all distinct. */
class OutputsTest {
  @Test
  void feedbackKeepsDictionariesOnlyForItsRepeatingColumns() {
    Map<String, String> options = Outputs.writerOptions(DatasetContract.load("feedback"));
    List<String> withoutDictionary = options.keySet().stream()
        .filter(k -> k.startsWith("parquet.enable.dictionary#"))
        .map(k -> k.substring("parquet.enable.dictionary#".length()))
        .sorted()
        .toList();
    assertEquals(List.of("address_pseudonym", "citizen_id_pseudonym", "content", "detail_en", "detail_vi", "due_at",
        "feedback_id", "fields_json", "phone_pseudonym", "received_at", "resolved_at", "sender_pseudonym",
        "source_line"), withoutDictionary);
    assertEquals("false", options.get("parquet.size.statistics.enabled"));
  }

  @Test
  void aKeyOfSeveralColumnsKeepsItsDictionaries() {
    Map<String, String> options = Outputs.writerOptions(DatasetContract.load("submission_score"));
    DatasetContract.load("submission_score").businessKey()
        .forEach(key -> assertEquals(null, options.get("parquet.enable.dictionary#" + key), key));
  }
}
