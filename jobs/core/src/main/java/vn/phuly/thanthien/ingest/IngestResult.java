package vn.phuly.thanthien.ingest;

import java.util.List;
import vn.phuly.thanthien.lake.FileReport;
import vn.phuly.thanthien.lake.QuarantineCount;

/**
 * What a run did (the same content as its manifest {@code _runs/<runId>.json}).
 *
 * @param qualityGateFailures the sources whose quarantine rate over the run exceeded the
 *     profile's {@code quarantine_rate_max}, or of which a file was rejected whole
 * @param notices what the run did not read in the landing zone, and its warnings on landing days
 */
public record IngestResult(
    String runId,
    String status,
    List<FileReport> files,
    List<QuarantineCount> quarantine,
    List<QualityGateFailure> qualityGateFailures,
    List<LandingNotice> notices) {}
