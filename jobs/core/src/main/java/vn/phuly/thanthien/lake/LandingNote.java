package vn.phuly.thanthien.lake;

/**
 * Something in the landing zone a run did not read, or read with a warning, as the run manifest
 * reports it ({@code skipped}, {@code warnings}).
 *
 * @param source the source folder it is in; for an entry outside every source folder, its own name
 *     (the top-level name under the landing root)
 * @param path relative to the landing root, forward slashes
 * @param reason why, in English
 */
public record LandingNote(String source, String path, String reason) {}
