package vn.phuly.thanthien.warehouse;

/**
 * One model of a build: its row count (null for a view, which is not scanned) and build time;
 * {@code kept} when the table was kept from the previous warehouse ({@link BuildState}), its
 * rows then being those it was built with.
 */
public record ModelResult(String name, ModelKind kind, Long rows, double seconds, boolean kept) {}
