package org.facilitatoracademy.platform.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is signed in to a browser session. Kept small and serializable so sessions replicate across a
 * cluster.
 */
public record SessionCaller(String publicId, Set<String> roles, String credentialStamp)
    implements Serializable {}
