/**
 * Coordination: a region seen as a whole by its coordinators (and by administrators, for any
 * region) — the training funnel, pass rates, expiring certificates, meetings at risk, applications
 * waiting — and the region's CSV exports. It owns no tables: every figure is composed from the
 * public application services of the context that keeps the facts (identity, catalog, assessment,
 * certification, facilitation), each of which checks again that the caller oversees the region.
 */
package org.facilitatoracademy.coordination;
