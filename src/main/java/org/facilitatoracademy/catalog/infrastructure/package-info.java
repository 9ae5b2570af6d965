/**
 * Reading content files into the catalogue model. {@link
 * org.facilitatoracademy.catalog.infrastructure.ContentLoader} is the one entry point, used by the
 * build-time {@link org.facilitatoracademy.catalog.infrastructure.ContentCheck} and by the running
 * application alike. YAML is read through snakeyaml's node API rather than into maps so that every
 * problem can name the line it is on.
 */
package org.facilitatoracademy.catalog.infrastructure;
