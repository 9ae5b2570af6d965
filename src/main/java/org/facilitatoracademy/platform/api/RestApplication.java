package org.facilitatoracademy.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API v1: JSON, HTTP Basic, described at /openapi. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Facilitator Academy API",
            version = "1",
            description =
                "Training and certification of peer-support meeting facilitators. Clients"
                    + " authenticate with HTTP Basic (email and password)."))
public class RestApplication extends Application {}
