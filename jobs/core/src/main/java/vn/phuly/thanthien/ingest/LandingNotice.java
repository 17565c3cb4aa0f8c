package vn.phuly.thanthien.ingest;

import vn.phuly.thanthien.lake.LandingNote;

/**
 * What a run tells of the landing zone besides its files: an entry it does not read ({@link
 * Kind#SKIPPED}), or a landing day it reads with a warning ({@link Kind#WARNING}).
 *
 * @param reasonVi the reason in Vietnamese, for the operator's console line (the manifest holds
 *     the English one)
 */
public record LandingNotice(Kind kind, String source, String path, String reason, String reasonVi) {
  public enum Kind { SKIPPED, WARNING }

  static LandingNotice skipped(String source, String path, String reason, String reasonVi) {
    return new LandingNotice(Kind.SKIPPED, source, path, reason, reasonVi);
  }

  static LandingNotice warning(String source, String path, String reason, String reasonVi) {
    return new LandingNotice(Kind.WARNING, source, path, reason, reasonVi);
  }

  /** As the run manifest keeps it. */
  public LandingNote note() {
    return new LandingNote(source, path, reason);
  }
}
