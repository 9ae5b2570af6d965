package org.facilitatoracademy.platform.startup;

/**
 * Fired at start, with demo mode on, once the demo regions and accounts exist. Each context
 * observes it to add its own demo records (enrollments, attempts, certificates, meetings), so the
 * run command shows every capability at work. Observers must be idempotent: the event fires at
 * every start.
 */
public record DemoAccountsReady() {}
