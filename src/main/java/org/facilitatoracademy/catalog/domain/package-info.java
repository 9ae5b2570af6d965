/**
 * The immutable content model. Every record is a value: it is built once by the loader, checked as
 * a whole, and then only read. Each course, module and quiz carries a {@code contentVersion} (a
 * hash of its source files) so that what a person did can be tied to the exact content they saw.
 */
package org.facilitatoracademy.catalog.domain;
