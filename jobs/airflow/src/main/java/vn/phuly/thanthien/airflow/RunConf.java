package vn.phuly.thanthien.airflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code conf} of a run, given as a JSON object on the command line. */
public final class RunConf {
  private RunConf() {}

  /** {@code json} (null or blank: empty) as a map; anything but a JSON object is an IllegalArgumentException. */
  public static Map<String, Object> parse(String json) {
    if (json == null || json.isBlank()) {
      return new LinkedHashMap<>();
    }
    try {
      Map<String, Object> conf = Transport.JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
      if (conf == null) {
        throw new IllegalArgumentException("conf must be a JSON object, not null");
      }
      return conf;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("conf is not a JSON object: " + e.getOriginalMessage(), e);
    }
  }
}
