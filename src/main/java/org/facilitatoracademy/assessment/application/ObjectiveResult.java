package org.facilitatoracademy.assessment.application;

/**
 * One objective the attempt's questions tested, in the words of the module, and whether the attempt
 * met it: its questions earned at least the pass mark together. Those not met are the ones to
 * revisit.
 */
public record ObjectiveResult(String id, String text, boolean met) {}
