package vn.phuly.thanthien.reference;

/** A classification band of a catalogue: a score of at least {@code minPct} percent. */
public record Band(String catalogueId, String band, double minPct) {}
