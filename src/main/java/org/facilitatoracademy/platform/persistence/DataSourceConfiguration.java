package org.facilitatoracademy.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares the application's pooled data source; the vendor is chosen by {@link AcademyDataSource}.
 */
@Singleton
@DataSourceDefinition(
    name = "java:app/jdbc/academy",
    className = "org.facilitatoracademy.platform.persistence.AcademyDataSource",
    minPoolSize = 1,
    maxPoolSize = 30,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data"
    })
public class DataSourceConfiguration {}
