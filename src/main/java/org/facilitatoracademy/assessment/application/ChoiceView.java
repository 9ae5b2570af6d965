package org.facilitatoracademy.assessment.application;

/** An option, order item or match side as shown to the person: id and text, never the key. */
public record ChoiceView(String id, String text) {}
