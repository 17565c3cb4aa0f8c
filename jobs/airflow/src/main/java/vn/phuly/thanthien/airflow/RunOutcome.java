package vn.phuly.thanthien.airflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished (or current) run with its tasks; {@code qualityGates} maps each failed task that
 * failed a data-quality gate (the DAG's XCom {@value #QUALITY_GATE_XCOM}) to the reason it gave.
 */
public record RunOutcome(DagRun run, List<TaskInstance> tasks, Map<String, String> qualityGates) {
  /** The XCom key under which a nightly task records the reason of a failed quality gate (dags/thanthien/commands.py). */
  public static final String QUALITY_GATE_XCOM = "quality_gate";

  public RunOutcome {
    tasks = List.copyOf(tasks);
    qualityGates = Collections.unmodifiableMap(new LinkedHashMap<>(qualityGates));
  }

  public List<String> failedTasks() {
    return tasks.stream().filter(TaskInstance::failed).map(TaskInstance::taskId).distinct().toList();
  }

  public boolean qualityGateFailed() {
    return !qualityGates.isEmpty();
  }
}
