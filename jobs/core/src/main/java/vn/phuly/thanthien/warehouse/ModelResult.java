package vn.phuly.thanthien.warehouse;

/** One built model: its row count (null for a view, which is not scanned) and build time. */
public record ModelResult(String name, ModelKind kind, Long rows, double seconds) {}
