/**
 * Pages of meetings: the public list by region, "My meetings" for the people who serve meetings,
 * and the coordinators' pages (their region's meetings with the assign dialog, one meeting with its
 * duties and history).
 */
package org.facilitatoracademy.facilitation.web;
