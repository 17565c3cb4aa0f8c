package vn.phuly.thanthien.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Minimal stand-ins for the score models the warehouse branch owns (dim_unit, dim_period,
 * mart_unit_scorecard), written only where the shipped tree lacks them, so the marts can be
 * tested before those land. They read the staging views like the real ones.
 */
final class StandIns {
  private StandIns() {}

  static void write(Path root) throws IOException {
    standIn(root, "core/dim_unit.sql",
        "select unit_id, unit_code, unit_name, unit_type, population from stg_units\n"
            + "qualify row_number() over (partition by unit_id order by valid_from desc) = 1");
    standIn(root, "core/dim_period.sql",
        "select distinct period, period_kind, year(period_start) as year from stg_submission_score");
    standIn(root, "marts/mart_unit_scorecard.sql",
        "select s.unit_id, u.unit_name, u.unit_type, s.period,\n"
            + "  sum(s.score) filter (where s.assessor = 'APPRAISAL') as score_pct,\n"
            + "  sum(s.score) filter (where s.assessor = 'SELF') - sum(s.score) filter (where s.assessor = 'APPRAISAL') as self_gap_pp,\n"
            + "  null::varchar as band\n"
            + "from stg_submission_score s join dim_unit u using (unit_id) where s.is_current group by all");
  }

  private static void standIn(Path root, String file, String sql) throws IOException {
    Path target = root.resolve(file);
    if (!Files.exists(target)) {
      Files.createDirectories(target.getParent());
      Files.writeString(target, sql);
    }
  }
}
