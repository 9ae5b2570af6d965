/** The certification part of the REST API v1 (CONTRACT "Certification"). */
package org.facilitatoracademy.certification.api;
